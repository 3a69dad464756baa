"""p1185-3: formal report (UBND tỉnh Hà Tĩnh) on avian influenza control in 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả phòng, chống dịch cúm gia cầm năm 2023

I. TÌNH HÌNH DỊCH BỆNH
Năm 2023, trên địa bàn tỉnh xảy ra 3 ổ dịch cúm gia cầm A/H5N1 tại 3 xã thuộc huyện Cẩm Xuyên và Thạch Hà, làm 4.350 con gia cầm mắc bệnh, chết và buộc tiêu hủy, giảm 61,4% so với năm 2022. Kinh phí hỗ trợ tiêu hủy là 228 triệu đồng.

II. KẾT QUẢ TIÊM PHÒNG
1. Kết quả chung
Trong 2 đợt tiêm phòng năm 2023, toàn tỉnh đã tiêm 5,86 triệu liều vắc xin cúm gia cầm, bằng 93,2% kế hoạch. Ước cả năm, tỷ lệ tiêm phòng đạt khoảng 78% tổng đàn diện phải tiêm.
2. Kết quả theo địa phương
Đơn vị tính: nghìn liều
Địa phương | Kế hoạch | Thực hiện | Tỷ lệ (%)
Huyện Cẩm Xuyên | 1.320 | 1.254 | 95,0
Huyện Thạch Hà | 1.150 | 1.058 | 92,0
Huyện Đức Thọ | 980 | 921 | 94,0
Các địa phương khác | 2.837 | 2.627 | 92,6
Tổng cộng | 6.287 | 5.860 | 93,2

III. GIÁM SÁT, KIỂM DỊCH
Các chốt kiểm dịch động vật đã kiểm tra 1.246 lượt phương tiện vận chuyển gia cầm, xử lý 17 trường hợp vi phạm, phạt 96,5 triệu đồng. Lấy 450 mẫu giám sát vi rút cúm tại chợ buôn bán gia cầm sống, trong đó 6 mẫu dương tính với H5N1, chiếm 1,3%.

IV. NHIỆM VỤ NĂM 2024
Phấn đấu tỷ lệ tiêm phòng cúm gia cầm đạt trên 80% tổng đàn; dự kiến nhu cầu vắc xin khoảng 6,5 triệu liều, kinh phí khoảng 8,2 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL2.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
YEAR = P("cả năm", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
ROWS = {"Huyện Cẩm Xuyên": "Cẩm Xuyên", "Huyện Thạch Hà": "Thạch Hà", "Huyện Đức Thọ": "Đức Thọ",
        "Các địa phương khác": None, "Tổng cộng": None}


def cell(anchor, number, row, col):
    place = ROWS[row]
    subject = f"{col.lower()} tiêm phòng" + ("" if place else f" {row.lower()}")
    kw = {} if place is None else {"location": place}
    if col == "Tỷ lệ":
        return F(anchor, number, float(number.replace(",", ".")), "percent", "%",
                 subject=subject, period=I(Y23b), **kw)
    if col == "Kế hoạch":
        kw["status"] = "target"
    value = float(number.replace(".", "")) * 1000
    return F(anchor, number, value, "count", "liều", subject=subject, period=I(Y23b), **kw)


FIGS = [
    F("xảy ra 3 ổ dịch", "3", 3, "count", "ổ dịch", subject="ổ dịch cúm gia cầm A/H5N1", period=Y23),
    F("tại 3 xã", "3", 3, "count", "xã", subject="xã có ổ dịch cúm gia cầm", period=Y23),
    F("làm 4.350 con", "4.350", 4350, "count", "con", change=C("decrease", 61.4, "%", "năm 2022"),
      subject="gia cầm mắc bệnh, chết và buộc tiêu hủy", period=Y23),
    F("là 228 triệu", "228", 228000000, "money", "đồng", subject="kinh phí hỗ trợ tiêu hủy", period=I(Y23)),
    F("Trong 2 đợt", "2", 2, "count", "đợt", optional=True, subject="đợt tiêm phòng", period=Y23b),
    F("tiêm 5,86 triệu", "5,86", 5860000, "count", "liều", percent=93.2,
      subject="liều vắc xin cúm gia cầm đã tiêm", period=Y23b),
    F("khoảng 78%", "78", 78, "percent", "%", approx="about", status="estimate",
      subject="tỷ lệ tiêm phòng trên tổng đàn diện phải tiêm", period=YEAR),
    cell("Xuyên | 1.320", "1.320", "Huyện Cẩm Xuyên", "Kế hoạch"),
    cell("1.320 | 1.254", "1.254", "Huyện Cẩm Xuyên", "Thực hiện"),
    cell("1.254 | 95,0", "95,0", "Huyện Cẩm Xuyên", "Tỷ lệ"),
    cell("Thạch Hà | 1.150", "1.150", "Huyện Thạch Hà", "Kế hoạch"),
    cell("1.150 | 1.058", "1.058", "Huyện Thạch Hà", "Thực hiện"),
    cell("1.058 | 92,0", "92,0", "Huyện Thạch Hà", "Tỷ lệ"),
    cell("Thọ | 980", "980", "Huyện Đức Thọ", "Kế hoạch"),
    cell("980 | 921", "921", "Huyện Đức Thọ", "Thực hiện"),
    cell("921 | 94,0", "94,0", "Huyện Đức Thọ", "Tỷ lệ"),
    cell("khác | 2.837", "2.837", "Các địa phương khác", "Kế hoạch"),
    cell("2.837 | 2.627", "2.627", "Các địa phương khác", "Thực hiện"),
    cell("2.627 | 92,6", "92,6", "Các địa phương khác", "Tỷ lệ"),
    cell("Tổng cộng | 6.287", "6.287", "Tổng cộng", "Kế hoạch"),
    cell("6.287 | 5.860", "5.860", "Tổng cộng", "Thực hiện"),
    cell("5.860 | 93,2", "93,2", "Tổng cộng", "Tỷ lệ"),
    F("kiểm tra 1.246 lượt", "1.246", 1246, "count", "lượt phương tiện",
      subject="lượt phương tiện vận chuyển gia cầm được kiểm tra", period=I(Y23)),
    F("xử lý 17 trường hợp", "17", 17, "count", "trường hợp", subject="trường hợp vi phạm bị xử lý",
      period=I(Y23)),
    F("phạt 96,5 triệu", "96,5", 96500000, "money", "đồng", subject="tiền phạt vi phạm", period=I(Y23)),
    F("Lấy 450 mẫu", "450", 450, "count", "mẫu", subject="mẫu giám sát vi rút cúm tại chợ buôn bán gia cầm sống",
      period=I(Y23)),
    F("trong đó 6 mẫu", "6", 6, "count", "mẫu", total=450, percent=1.3,
      subject="mẫu dương tính với H5N1", period=I(Y23)),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ tiêm phòng cúm gia cầm", period=Y24),
    F("khoảng 6,5 triệu", "6,5", 6500000, "count", "liều", approx="about", status="forecast",
      subject="nhu cầu vắc xin", period=Y24),
    F("khoảng 8,2 tỷ", "8,2", 8200000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí vắc xin", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH HÀ TĨNH, 'Số: 412/BC-UBND', 'Hà Tĩnh, ngày 20 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: nghìn liều' (x1000). District rows give the location; 'Các địa phương khác' and 'Tổng cộng'",
    "stay Hà Tĩnh and keep their label in the subject. Subject = column label + 'tiêm phòng' (section II heading). 'Kế hoạch' column: target.",
    "'Tỷ lệ (%)' column cells are percents. Table period 'năm 2023' comes from the title / section text: inherited. No totals in the table.",
    "Distractors: Số: 412/BC-UBND, 'A/H5N1', 'H5N1', section numbers I.-IV., 1.-2., 'NL2'. 'Trong 2 đợt' names the campaign's rounds (optional).",
    "Section III continues the 2023 report (period inherited). Section IV heading 'NĂM 2024' gives the targets' period (inherited).",
    "'giảm 61,4% so với năm 2022' is the change of the 4.350 birds (the only amount that can have fallen by 61,4%).",
]

if __name__ == "__main__":
    write("p1185-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Hà Tĩnh")
