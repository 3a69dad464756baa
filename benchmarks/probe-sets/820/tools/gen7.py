"""p820-7: department site (Sở Y tế Bình Định), no dateline, licensing results with a one-cell-per-line table."""
from lib import F, P, I, C, write

HEAD = ["Loại hình", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
ROWS = [
    ("Nhà thuốc", "nhà thuốc", ["142", "176", "190"]),
    ("Quầy thuốc", "quầy thuốc", ["318", "355", "370"]),
    ("Tủ thuốc trạm y tế", "tủ thuốc trạm y tế", ["21", "14", "15"]),
    ("Tổng cộng", "tổng cộng", ["481", "545", "575"]),
]
table = "\n".join(HEAD) + "\n" + "\n".join(lab + "\n" + "\n".join(cells) for lab, _, cells in ROWS) + "\n"

TEXT = """SỞ Y TẾ TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ
Kết quả cấp phép hoạt động kinh doanh dược giai đoạn 2022-2024
Trong 3 năm qua, Sở Y tế đã đẩy mạnh cải cách thủ tục hành chính trong lĩnh vực dược. Năm 2023, Sở tiếp nhận 694 hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược, giải quyết trước và đúng hạn 688 hồ sơ, đạt 99,1%; trên 95% hồ sơ được nộp trực tuyến. Thời gian thẩm định, cấp giấy chứng nhận được rút ngắn từ 20 ngày xuống còn 15 ngày làm việc.
Cũng trong năm 2023, Sở đã cấp 412 chứng chỉ hành nghề dược, trong đó 97 chứng chỉ cho dược sĩ đại học.
Số Giấy chứng nhận đủ điều kiện kinh doanh dược đã cấp theo loại hình như sau:
Đơn vị tính: giấy chứng nhận
""" + table + """6 tháng đầu năm 2024, Sở đã cấp 268 giấy chứng nhận, đạt 46,6% kế hoạch năm. Số quầy thuốc đạt GPP tại các xã vùng sâu của huyện An Lão, Vĩnh Thạnh, Vân Canh tăng lên, góp phần bảo đảm cung ứng thuốc cho người dân.
Tổ chức, cá nhân tra cứu thủ tục tại Cổng dịch vụ công tỉnh hoặc Bộ phận tiếp nhận và trả kết quả tại số 35 Lê Lợi, TP. Quy Nhơn.
SỞ Y TẾ TỈNH BÌNH ĐỊNH
Địa chỉ: 756 Trần Hưng Đạo, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3646.290 - Fax: 0256.3646.291
Tổng lượt truy cập: 1.286.407 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
COLP = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31")]

FIGS = [
    F("tiếp nhận 694 hồ sơ", "694", 694, "count", "hồ sơ",
      "hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược tiếp nhận", Y23),
    F("đúng hạn 688 hồ sơ", "688", 688, "count", "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", Y23, percent=99.1),
    F("trên 95%", "95", 95, "percent", "%", "hồ sơ được nộp trực tuyến", Y23, approx="over"),
    F("từ 20 ngày", "20", 20, "measure", "ngày", "thời gian thẩm định, cấp giấy chứng nhận trước đây"),
    F("còn 15 ngày", "15", 15, "measure", "ngày làm việc", "thời gian thẩm định, cấp giấy chứng nhận"),
    F("cấp 412 chứng chỉ", "412", 412, "count", "chứng chỉ hành nghề dược", "chứng chỉ hành nghề dược đã cấp", Y23b),
    F("trong đó 97 chứng chỉ", "97", 97, "count", "chứng chỉ", "chứng chỉ hành nghề dược cho dược sĩ đại học", Y23b,
      total=412),
]
for lab, subj, cells in ROWS:
    for j, cell in enumerate(cells):
        left = lab if j == 0 else cells[j - 1]
        anchor = f"{left}\n{cell}\n"
        kw = {"status": "target"} if j == 2 else {}
        # subject = row label + column label as written (FIGURES.md, Tables; cf. shared gold h23)
        FIGS.append(F(anchor, cell, float(cell), "count", "giấy chứng nhận", f"{lab} {HEAD[j + 1]}", COLP[j], **kw))
FIGS.append(F("cấp 268 giấy", "268", 268, "count", "giấy chứng nhận",
              "giấy chứng nhận đủ điều kiện kinh doanh dược đã cấp",
              P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), percent=46.6))

COMMENTS = [
    "Sở Y tế Bình Định (department site): no dateline; footer with address, phone/fax and 'Tổng lượt truy cập: 1.286.407 | Đang trực tuyến: 37'.",
    "Distractors: 'giai đoạn 2022-2024', 'Trong 3 năm qua' (a period), 'số 35 Lê Lợi', '756 Trần Hưng Đạo', phones, counters.",
    "Table pasted one cell per line (header cells, then label + 3 cells per row), 'Đơn vị tính: giấy chứng nhận'. Every cell is a figure,",
    "  period from its column header (scored), 'Kế hoạch 2024' column → status target; 'Tổng cộng' row is its own figure; cells get no total.",
    "  Cell subject = row label + column label as written ('Nhà thuốc Năm 2022'); revised after the first run (the first gold used the",
    "  caption 'Giấy chứng nhận ... cấp cho nhà thuốc' instead of the column label, against the table rule of FIGURES.md).",
    "'rút ngắn từ 20 ngày xuống còn 15 ngày làm việc': two measures, no change value written. 'trên 95% hồ sơ' continues 'Năm 2023'.",
    "'trong đó 97 chứng chỉ' → total 412. '268 giấy chứng nhận, đạt 46,6% kế hoạch năm' → percent 46.6.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, COMMENTS, published=None, location="Bình Định")
