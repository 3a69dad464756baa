"""p1235-3: formal report (UBND tỉnh Sóc Trăng): Khmer-language radio and TV in 2023, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả phát thanh, truyền hình tiếng Khmer năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Thời lượng phát sóng
Năm 2023, Đài Phát thanh và Truyền hình tỉnh phát sóng 3.285 giờ chương trình tiếng Khmer, bằng 103,6% kế hoạch, tăng 4,1% so với năm 2022. Kết quả theo loại hình như sau:
Đơn vị tính: giờ
Loại hình | Năm 2022 | Năm 2023 | Kế hoạch 2024
Phát thanh tiếng Khmer | 1.825 | 1.898 | 1.950
Truyền hình tiếng Khmer | 1.003 | 1.042 | 1.095
Phát lại trên kênh STV2 | 328 | 345 | 380
Tổng cộng | 3.156 | 3.285 | 3.425

2. Nhân lực, thiết bị
Phòng Chương trình tiếng Khmer hiện có 21 viên chức, trong đó 17 người là đồng bào Khmer; 100% biên tập viên sử dụng thành thạo tiếng Khmer. Trong năm, Đài được đầu tư 1 xe truyền hình lưu động và thiết bị dựng phi tuyến với tổng kinh phí 12,4 tỷ đồng từ Dự án 10 thuộc Chương trình mục tiêu quốc gia.

3. Hỗ trợ cơ sở
Tỉnh đã trang bị 1.260 máy thu thanh cho các chùa Khmer, hộ nghèo ở 42 xã đặc biệt khó khăn; Đài Truyền thanh các huyện Trần Đề, Mỹ Xuyên, Châu Thành tiếp sóng chương trình tiếng Khmer của Đài tỉnh từ 45 đến 60 phút/ngày.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu phát sóng 3.425 giờ chương trình tiếng Khmer; nâng tỷ lệ hộ đồng bào Khmer nghe, xem được chương trình của Đài tỉnh lên trên 97%; sản xuất ít nhất 52 chuyên đề về bảo tồn văn hóa Khmer.

Nơi nhận:
- Ban Dân tộc tỉnh;
- Sở TT&TT;
- Lưu: VT, KGVX.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23y = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "giờ", subject=f"{row} {col.lower()}", period=COLS[col], **kw)


FIGS = [
    F("phát sóng 3.285 giờ", "3.285", 3285, "measure", "giờ", percent=103.6,
      change=C("increase", 4.1, "%", "năm 2022"),
      subject="giờ chương trình tiếng Khmer phát sóng", period=Y23),
    cell("Khmer | 1.825", "1.825", 1825, "phát thanh tiếng Khmer", "Năm 2022"),
    cell("1.825 | 1.898", "1.898", 1898, "phát thanh tiếng Khmer", "Năm 2023"),
    cell("1.898 | 1.950", "1.950", 1950, "phát thanh tiếng Khmer", "Kế hoạch 2024"),
    cell("Khmer | 1.003", "1.003", 1003, "truyền hình tiếng Khmer", "Năm 2022"),
    cell("1.003 | 1.042", "1.042", 1042, "truyền hình tiếng Khmer", "Năm 2023"),
    cell("1.042 | 1.095", "1.095", 1095, "truyền hình tiếng Khmer", "Kế hoạch 2024"),
    cell("STV2 | 328", "328", 328, "phát lại trên kênh STV2", "Năm 2022"),
    cell("328 | 345", "345", 345, "phát lại trên kênh STV2", "Năm 2023"),
    cell("345 | 380", "380", 380, "phát lại trên kênh STV2", "Kế hoạch 2024"),
    cell("Tổng cộng | 3.156", "3.156", 3156, "tổng cộng", "Năm 2022"),
    cell("3.156 | 3.285", "3.285", 3285, "tổng cộng", "Năm 2023"),
    cell("3.285 | 3.425", "3.425", 3425, "tổng cộng", "Kế hoạch 2024"),
    F("có 21 viên chức", "21", 21, "count", "viên chức", subject="viên chức Phòng Chương trình tiếng Khmer"),
    F("17 người", "17", 17, "count", "người", total=21, subject="viên chức là đồng bào Khmer"),
    F("100% biên tập viên", "100", 100, "percent", "%",
      subject="biên tập viên sử dụng thành thạo tiếng Khmer"),
    F("đầu tư 1 xe", "1", 1, "count", "xe truyền hình lưu động",
      subject="xe truyền hình lưu động được đầu tư", period=Y23y),
    F("kinh phí 12,4 tỷ", "12,4", 12400000000, "money", "đồng",
      subject="tổng kinh phí đầu tư xe truyền hình lưu động và thiết bị dựng phi tuyến", period=Y23y),
    F("trang bị 1.260 máy", "1.260", 1260, "count", "máy thu thanh",
      subject="máy thu thanh trang bị cho các chùa Khmer, hộ nghèo"),
    F("ở 42 xã", "42", 42, "count", "xã", subject="xã đặc biệt khó khăn được trang bị máy thu thanh"),
    F("từ 45 đến 60", "45", 45, "measure", "phút/ngày", value_max=60,
      subject="tiếp sóng chương trình tiếng Khmer của Đài tỉnh tại Đài Truyền thanh các huyện"),
    F("phát sóng 3.425 giờ", "3.425", 3425, "measure", "giờ", status="target",
      subject="giờ chương trình tiếng Khmer phát sóng", period=Y24),
    F("lên trên 97%", "97", 97, "percent", "%", approx="over", status="target",
      subject="tỷ lệ hộ đồng bào Khmer nghe, xem được chương trình của Đài tỉnh", period=Y24),
    F("ít nhất 52 chuyên đề", "52", 52, "count", "chuyên đề", approx="at_least", status="target",
      subject="chuyên đề về bảo tồn văn hóa Khmer", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH SÓC TRĂNG, 'Số: 45/BC-UBND', 'Sóc Trăng, ngày 18 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: giờ'; rows are items (broadcast types), columns are years and 'Kế hoạch 2024' (status target).",
    "Cell subject = row label + column label; period from the column header (scored). The 'Tổng cộng' row gives figures of its own; cells get no totals.",
    "Distractors: 'Số: 45/BC-UBND', section numbers I./II./1.-3., channel name STV2, 'Dự án 10', 'Lưu: VT, KGVX'.",
    "'Trong năm' = 2023 (report year). 'từ 45 đến 60 phút/ngày' covers three districts together: location stays Sóc Trăng.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu' (continuing after ';'): targets, period inherited from the heading.",
    "The stock figures (21 viên chức, 1.260 máy thu thanh, 42 xã) carry no period of their own.",
]

if __name__ == "__main__":
    write("p1235-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Sóc Trăng")
