"""p628-7: Chi cục Kiểm lâm Quảng Ninh department site (no dateline) — forest protection contracts, one-cell-per-line table."""
from lib import F, P, I, CH, emit

ROWS = [
    ("Ba Chẽ", ("18.420", "19.065", "19.500")),
    ("Tiên Yên", ("12.380", "12.910", "13.200")),
    ("Bình Liêu", ("9.745", "10.230", "10.600")),
    ("Hải Hà", ("7.860", "8.125", "8.400")),
    ("Đầm Hà", ("5.120", "5.340", "5.500")),
]
TABLE = "\n".join(["Địa phương", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
                  + [x for name, cells in ROWS for x in (name,) + cells])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
CHI CỤC KIỂM LÂM
Trang chủ » Hoạt động chuyên ngành » Quản lý, bảo vệ rừng

Kết quả giao khoán bảo vệ rừng năm 2023 và kế hoạch năm 2024

Năm 2023, toàn tỉnh Quảng Ninh đã giao khoán bảo vệ 68.240 ha rừng cho 4.125 hộ gia đình và 58 cộng đồng thôn, bản, tăng 3.105 ha so với năm 2022. Mức hỗ trợ khoán bảo vệ rừng là 400.000 đồng/ha/năm đối với rừng phòng hộ, rừng đặc dụng và 200.000 đồng/ha/năm đối với rừng sản xuất là rừng tự nhiên. Tổng kinh phí khoán bảo vệ rừng năm 2023 đạt 23,6 tỷ đồng, đạt 101,2% kế hoạch. Trong năm 2023, các hộ nhận khoán đã phối hợp với kiểm lâm địa bàn tổ chức 3.420 lượt tuần tra, phát hiện và báo cáo kịp thời 27 vụ vi phạm.

Diện tích giao khoán bảo vệ rừng tại một số địa phương trọng điểm:

Đơn vị tính: ha
""" + TABLE + """

Ghi chú: Kế hoạch năm 2024 giao theo Quyết định số 3865/QĐ-UBND ngày 12/12/2023 của UBND tỉnh.

Năm 2024, toàn tỉnh phấn đấu giao khoán bảo vệ 70.500 ha rừng, ưu tiên các xã đặc biệt khó khăn.

CHI CỤC KIỂM LÂM TỈNH QUẢNG NINH
Địa chỉ: Số 168 đường Lê Thánh Tông, phường Bạch Đằng, TP Hạ Long. ĐT: 0203.3835.662
Tổng lượt truy cập: 1.204.581"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [
    ("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
]

FIGS = [
    F("bảo vệ 68.240 ha", "68.240", 68240, "measure", "ha", "rừng giao khoán bảo vệ", Y23,
      change=CH("increase", 3105, "ha", "năm 2022")),
    F("cho 4.125 hộ", "4.125", 4125, "count", "hộ gia đình", "hộ gia đình nhận khoán bảo vệ rừng", Y23),
    F("và 58 cộng đồng", "58", 58, "count", "cộng đồng", "cộng đồng thôn, bản nhận khoán bảo vệ rừng", Y23),
    F("là 400.000 đồng/ha/năm", "400.000", 400000, "money", "đồng/ha/năm",
      "mức hỗ trợ khoán bảo vệ rừng phòng hộ, rừng đặc dụng"),
    F("và 200.000 đồng/ha/năm", "200.000", 200000, "money", "đồng/ha/năm",
      "mức hỗ trợ khoán bảo vệ rừng sản xuất là rừng tự nhiên"),
    F("đạt 23,6 tỷ đồng", "23,6", 23.6e9, "money", "đồng", "tổng kinh phí khoán bảo vệ rừng", Y23b, percent=101.2),
]
for name, cells in ROWS:
    for (col, per, status), num in zip(COLS, cells):
        kw = {"status": "target"} if status == "target" else {}
        FIGS.append(F(f"\n{num}\n", num, float(num.replace(".", "")), "measure", "ha",
                      f"diện tích giao khoán bảo vệ rừng {col.lower()}", per, location=name, **kw))
FIGS[6:6] = [
    F("tổ chức 3.420 lượt", "3.420", 3420, "count", "lượt tuần tra", "lượt tuần tra", Y23c),
    F("kịp thời 27 vụ", "27", 27, "count", "vụ", "vụ vi phạm phát hiện và báo cáo", Y23c),
]
FIGS.append(F("bảo vệ 70.500 ha", "70.500", 70500, "measure", "ha", "rừng giao khoán bảo vệ", Y24, status="target"))

COMMENTS = [
    "Chi cục Kiểm lâm tỉnh Quảng Ninh site (invented): no dateline; breadcrumb; footer address, phone and visit counter",
    "('Tổng lượt truy cập: 1.204.581') are page furniture, as are 'Số 168 đường Lê Thánh Tông', 'Quyết định số 3865/QĐ-UBND ngày 12/12/2023'.",
    "One-cell-per-line table with 'Đơn vị tính: ha'; rows are districts (location), subject = indicator + column; periods from",
    "the column headers (scored, as in h23); 'Kế hoạch 2024' cells have status target. The table lists 'một số địa phương',",
    "so its cells are not parts of 68.240 ha (no total).",
    "The two support rates have no period in their sentence. 'tăng 3.105 ha so với năm 2022' is the change of 68.240 ha.",
]

if __name__ == "__main__":
    emit("p628-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")
