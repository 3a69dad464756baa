"""p1017-7: department site (Văn phòng Đăng ký đất đai Bình Định), no dateline, one-cell-per-line table."""
from lib import F, P, C, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BÌNH ĐỊNH
VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI
Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả cấp giấy chứng nhận quyền sử dụng đất năm 2023

Năm 2023, Văn phòng Đăng ký đất đai và 11 Chi nhánh trực thuộc đã cấp gần 58,5 nghìn giấy chứng nhận các loại, giảm 1,2% so với năm 2022 do thị trường bất động sản trầm lắng, giao dịch chuyển nhượng giảm.

Tổng diện tích được cấp giấy chứng nhận lần đầu trong năm là 1.126,8 ha, trong đó đất sản xuất nông nghiệp 842,5 ha, đất ở 61,3 ha, còn lại là đất lâm nghiệp. Số hồ sơ giải quyết quá hạn là 317 hồ sơ trên tổng số 61.920 hồ sơ tiếp nhận, chiếm 0,51%; thời gian giải quyết thủ tục đăng ký biến động bình quân 6,5 ngày.

Kết quả cấp giấy chứng nhận giai đoạn 2022-2023
Đơn vị tính: giấy chứng nhận
Nội dung
Năm 2022
Năm 2023
Kế hoạch 2024
Cấp lần đầu
4.312
3.875
4.500
Cấp đổi, cấp lại
18.640
21.097
22.000
Đăng ký biến động
36.215
33.482
35.000
Tổng cộng
59.167
58.454
61.500

Năm 2024, đơn vị phấn đấu rút ngắn thời gian giải quyết thủ tục đăng ký biến động xuống dưới 5 ngày; tỷ lệ hồ sơ nộp trực tuyến đạt trên 60%. Mức thu phí thẩm định hồ sơ cấp giấy chứng nhận được giữ nguyên từ 150.000 đến 500.000 đồng/hồ sơ tùy diện tích thửa đất.

VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH BÌNH ĐỊNH
Địa chỉ: 08 Hai Bà Trưng, phường Lê Lợi, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3815.279 - Fax: 0256.3816.120
Lượt truy cập: 1.284.375 | Đang online: 27
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
U = "giấy chứng nhận"
TABLE = [
    ("Cấp lần đầu", ["4.312", "3.875", "4.500"]),
    ("Cấp đổi, cấp lại", ["18.640", "21.097", "22.000"]),
    ("Đăng ký biến động", ["36.215", "33.482", "35.000"]),
    ("Tổng cộng", ["59.167", "58.454", "61.500"]),
]

FIGS = [
    F("và 11 Chi nhánh", "11", 11, "count", "Chi nhánh", "Chi nhánh trực thuộc Văn phòng Đăng ký đất đai",
      optional=True),
    F("gần 58,5 nghìn", "58,5", 58500, "count", "giấy chứng nhận", "giấy chứng nhận các loại đã cấp",
      approx="nearly", change=C("decrease", 1.2, baseline="năm 2022"), period=Y23),
    F("là 1.126,8 ha", "1.126,8", 1126.8, "measure", "ha", "tổng diện tích được cấp giấy chứng nhận lần đầu",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("nghiệp 842,5 ha", "842,5", 842.5, "measure", "ha", "diện tích đất sản xuất nông nghiệp được cấp giấy chứng nhận lần đầu",
      total=1126.8, period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("đất ở 61,3 ha", "61,3", 61.3, "measure", "ha", "diện tích đất ở được cấp giấy chứng nhận lần đầu",
      total=1126.8, period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("là 317 hồ sơ", "317", 317, "count", "hồ sơ", "hồ sơ giải quyết quá hạn", total=61920, percent=0.51,
      period=P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    F("bình quân 6,5 ngày", "6,5", 6.5, "measure", "ngày", "thời gian giải quyết thủ tục đăng ký biến động bình quân",
      period=P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
]
for subj, cells in TABLE:
    for num, per, col, st in zip(cells, (Y22, Y23, K24), ("Năm 2022", "Năm 2023", "Kế hoạch 2024"),
                                 ("actual", "actual", "target")):
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(f"\n{num}\n", num, float(num.replace(".", "")), "count", U, f"{subj} {col}",
                      period=per, **kw))
FIGS += [
    F("dưới 5 ngày", "5", 5, "measure", "ngày", "thời gian giải quyết thủ tục đăng ký biến động",
      approx="under", status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", approx="over", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 150.000 đến 500.000 đồng/hồ sơ", "150.000", 150000, "money", "đồng/hồ sơ",
      "mức thu phí thẩm định hồ sơ cấp giấy chứng nhận", value_max=500000),
]

COMMENTS = [
    "Department site (Văn phòng Đăng ký đất đai, Sở TN&MT Bình Định): 2023 results; no dateline (published null).",
    "Distractors: 'giai đoạn 2022-2023', address 08 Hai Bà Trưng, phone/fax 0256.3815.279 / 0256.3816.120,",
    "Lượt truy cập 1.284.375, Đang online 27. '11 Chi nhánh trực thuộc' is structure (optional).",
    "Table pasted one cell per line: header cells Nội dung / Năm 2022 / Năm 2023 / Kế hoạch 2024, unit line",
    "'Đơn vị tính: giấy chứng nhận'. Each numeric cell is a figure; periods from the column headers (scored);",
    "the Kế hoạch 2024 column is a target. Table cells carry no totals.",
    "'317 hồ sơ trên tổng số 61.920 hồ sơ tiếp nhận, chiếm 0,51%': total 61920 and percent 0.51; 61.920 is not a figure.",
    "'trong năm' (in a yearly report) = 2023. Parts after 'trong đó' (842,5 ha, 61,3 ha) take the whole 1.126,8 ha.",
    "revised: table subjects reduced to row label + column label (FIGURES.md tables); they first added the unit 'giấy chứng nhận'.",
    "The fee range '150.000 đến 500.000 đồng/hồ sơ' has no period ('giữ nguyên', a standing rate).",
]

if __name__ == "__main__":
    write("p1017-7", TEXT, FIGS, COMMENTS, published=None, location="Bình Định")
