"""p1200-3: formal report (UBND tỉnh Điện Biên), broadband to villages and schools, quý I/2024; flattened | table."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 08 tháng 4 năm 2024

BÁO CÁO
Kết quả phát triển hạ tầng băng rộng đến thôn, bản và trường học quý I năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng cáp quang đến thôn, bản
Quý I/2024, các doanh nghiệp viễn thông trên địa bàn tỉnh đã đầu tư 46 tuyến cáp quang, tăng 9 tuyến so với cùng kỳ năm 2023, với tổng chiều dài 318 km, đưa số thôn, bản có cáp quang lên 1.486 thôn, bản, chiếm 87,2% tổng số thôn, bản toàn tỉnh.

2. Kết quả theo huyện
Đơn vị tính: thôn, bản
Huyện, thị xã, thành phố | Tổng số thôn, bản | Có cáp quang | Chưa có cáp quang
Mường Nhé | 142 | 104 | 38
Nậm Pồ | 158 | 121 | 37
Điện Biên Đông | 186 | 152 | 34
Tủa Chùa | 131 | 118 | 13
Các huyện, thị xã, thành phố còn lại | 1.087 | 991 | 96
Tổng cộng | 1.704 | 1.486 | 218

3. Hạ tầng internet trường học
Toàn tỉnh có 482 trường học (178 trường mầm non, 181 trường tiểu học và TH&THCS, 97 trường THCS, 26 trường THPT), trong đó 451 trường đã kết nối internet cáp quang, đạt 93,6%, 31 trường chưa có cáp quang. Kinh phí đầu tư hạ tầng băng rộng trong quý ước khoảng 27,5 tỷ đồng, trong đó doanh nghiệp tự đầu tư 21 tỷ đồng, nguồn Chương trình mục tiêu quốc gia 1719 là 6,5 tỷ đồng.

II. NHIỆM VỤ QUÝ II/2024
Phấn đấu đến ngày 30/6/2024 có thêm 60 thôn, bản được phủ cáp quang; hoàn thành kết nối cáp quang cho 100% trường THPT và trường phổ thông dân tộc nội trú.

Nơi nhận:
- Bộ Thông tin và Truyền thông (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1T = per("Kết quả phát triển hạ tầng băng rộng đến thôn, bản và trường học quý I năm 2024",
          "2024-01-01", "2024-03-31", inherited=True)
INQ = per("trong quý", "2024-01-01", "2024-03-31")
Q2 = per("đến ngày 30/6/2024", None, "2024-06-30")
COLS = {"Tổng số thôn, bản": "tổng số thôn, bản", "Có cáp quang": "thôn, bản có cáp quang",
        "Chưa có cáp quang": "thôn, bản chưa có cáp quang"}


def cell(anchor, number, value, row, col, place=None):
    subject = COLS[col] if place else f"{row.lower()} {COLS[col]}"
    return fig(anchor, number, value, "count", "thôn, bản", subject=subject, period=Q1T,
               location=place or "Điện Biên")


FIGS = [
    fig("đầu tư 46 tuyến", "46", 46, "count", "tuyến cáp quang",
        change=chg("increase", 9, "tuyến", "cùng kỳ năm 2023"), subject="tuyến cáp quang được đầu tư", period=Q1),
    fig("dài 318 km", "318", 318, "measure", "km", subject="tổng chiều dài tuyến cáp quang", period=Q1),
    fig("lên 1.486 thôn", "1.486", 1486, "count", "thôn, bản", percent=87.2,
        subject="thôn, bản có cáp quang", period=Q1),
    cell("Mường Nhé | 142", "142", 142, "Mường Nhé", "Tổng số thôn, bản", "Mường Nhé"),
    cell("142 | 104", "104", 104, "Mường Nhé", "Có cáp quang", "Mường Nhé"),
    cell("104 | 38", "38", 38, "Mường Nhé", "Chưa có cáp quang", "Mường Nhé"),
    cell("Nậm Pồ | 158", "158", 158, "Nậm Pồ", "Tổng số thôn, bản", "Nậm Pồ"),
    cell("158 | 121", "121", 121, "Nậm Pồ", "Có cáp quang", "Nậm Pồ"),
    cell("121 | 37", "37", 37, "Nậm Pồ", "Chưa có cáp quang", "Nậm Pồ"),
    cell("Điện Biên Đông | 186", "186", 186, "Điện Biên Đông", "Tổng số thôn, bản", "Điện Biên Đông"),
    cell("186 | 152", "152", 152, "Điện Biên Đông", "Có cáp quang", "Điện Biên Đông"),
    cell("152 | 34", "34", 34, "Điện Biên Đông", "Chưa có cáp quang", "Điện Biên Đông"),
    cell("Tủa Chùa | 131", "131", 131, "Tủa Chùa", "Tổng số thôn, bản", "Tủa Chùa"),
    cell("131 | 118", "118", 118, "Tủa Chùa", "Có cáp quang", "Tủa Chùa"),
    cell("118 | 13", "13", 13, "Tủa Chùa", "Chưa có cáp quang", "Tủa Chùa"),
    cell("còn lại | 1.087", "1.087", 1087, "Các huyện, thị xã, thành phố còn lại", "Tổng số thôn, bản"),
    cell("1.087 | 991", "991", 991, "Các huyện, thị xã, thành phố còn lại", "Có cáp quang"),
    cell("991 | 96", "96", 96, "Các huyện, thị xã, thành phố còn lại", "Chưa có cáp quang"),
    cell("Tổng cộng | 1.704", "1.704", 1704, "Tổng cộng", "Tổng số thôn, bản"),
    cell("1.704 | 1.486", "1.486", 1486, "Tổng cộng", "Có cáp quang"),
    cell("1.486 | 218", "218", 218, "Tổng cộng", "Chưa có cáp quang"),
    fig("có 482 trường", "482", 482, "count", "trường học", subject="trường học"),
    fig("178 trường mầm non", "178", 178, "count", "trường mầm non", total=482, subject="trường mầm non"),
    fig("181 trường tiểu học", "181", 181, "count", "trường tiểu học và TH&THCS", total=482,
        subject="trường tiểu học và TH&THCS"),
    fig("97 trường THCS", "97", 97, "count", "trường THCS", total=482, subject="trường THCS"),
    fig("26 trường THPT", "26", 26, "count", "trường THPT", total=482, subject="trường THPT"),
    fig("451 trường", "451", 451, "count", "trường", total=482, percent=93.6,
        subject="trường đã kết nối internet cáp quang"),
    fig("31 trường chưa", "31", 31, "count", "trường", total=482, subject="trường chưa có cáp quang"),
    fig("ước khoảng 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", approx="about", status="estimate",
        subject="kinh phí đầu tư hạ tầng băng rộng", period=INQ),
    fig("tự đầu tư 21 tỷ đồng", "21", 21e9, "money", "đồng", total=27.5e9, status="estimate",
        subject="kinh phí doanh nghiệp tự đầu tư", period=INQ),
    fig("1719 là 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", total=27.5e9, status="estimate",
        subject="kinh phí nguồn Chương trình mục tiêu quốc gia 1719", period=INQ),
    fig("thêm 60 thôn", "60", 60, "count", "thôn, bản", status="target",
        subject="thôn, bản được phủ cáp quang thêm", period=Q2),
    fig("cho 100% trường", "100", 100, "percent", "%", status="target",
        subject="trường THPT và trường phổ thông dân tộc nội trú được kết nối cáp quang", period=Q2),
]

NOTES = [
    "Formal report UBND tỉnh Điện Biên, 'Số: 112/BC-UBND', 'Điện Biên, ngày 08 tháng 4 năm 2024'; flattened '|' table by district.",
    "Distractors: document number, section numbers I./II./1.-3., 'Chương trình mục tiêu quốc gia 1719' (a name), 'Nơi nhận'.",
    "Table cells: place rows give location, subject = column label; other rows: row label + column label. Period from the title",
    "(quý I năm 2024) is inherited. The 4 bracketed school types add up to 482 (total 482); 'trong đó 451 ..., 31 ...' follow the",
    "whole 482, not the sibling '26 trường THPT'. 'trong quý' = quý I/2024. 'ước khoảng' governs the money parts after 'trong đó'.",
]

if __name__ == "__main__":
    build("p1200-3", TEXT, NOTES, FIGS, published="2024-04-08", location="Điện Biên")
