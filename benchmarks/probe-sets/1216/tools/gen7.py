"""p1216-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Ngành giấy, bao bì giấy duy trì đà tăng trưởng

Đồng Nai hiện có 138 doanh nghiệp sản xuất giấy và bao bì giấy, trong đó 54 doanh nghiệp có vốn đầu tư nước ngoài với tổng vốn đăng ký khoảng 1,9 tỷ USD. 6 tháng đầu năm 2024, chỉ số sản xuất ngành giấy và sản phẩm từ giấy của tỉnh tăng 12,8% so với cùng kỳ.

Sản lượng bao bì giấy, thùng carton theo địa bàn:
Đơn vị tính: tấn
Địa bàn
Năm 2023
6 tháng 2024
Kế hoạch 2024
Biên Hòa
186.400
98.500
195.000
Nhơn Trạch
142.600
77.300
150.000
Trảng Bom
95.200
51.800
100.000
Tổng số
424.200
227.600
445.000

Tại KCN Nhơn Trạch 3 (huyện Nhơn Trạch), Công ty TNHH Giấy Đông Phương đang chạy thử dây chuyền xeo giấy công suất 300.000 tấn/năm, tổng vốn đầu tư 165 triệu USD, dự kiến vận hành thương mại từ tháng 10.

Năm 2024, Sở Công Thương phối hợp kiểm tra 22 cơ sở sản xuất giấy, bao bì, trong đó 3 cơ sở vi phạm quy định về xả thải, bị xử phạt tổng cộng 1,35 tỷ đồng. Hiện khoảng 64% doanh nghiệp trong ngành đã chuyển sang dùng lò hơi đốt sinh khối thay cho than đá.

Tin liên quan:
- Hội nghị kết nối cung cầu ngành bao bì lần thứ 4

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.214
Lượt truy cập: 2.356.118 | Hôm nay: 412
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {"Năm 2023": Y23, "6 tháng 2024": H24, "Kế hoạch 2024": K24}
IND = "sản lượng bao bì giấy, thùng carton"


def cell(anchor, number, value, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"{IND} {col.lower()}", period=COLS[col],
             location=place, **kw)


NT = "Nhơn Trạch"

FIGS = [
    F("có 138 doanh nghiệp", "138", 138, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giấy và bao bì giấy"),
    F("trong đó 54 doanh nghiệp", "54", 54, "count", "doanh nghiệp", total=138,
      subject="doanh nghiệp sản xuất giấy và bao bì giấy có vốn đầu tư nước ngoài"),
    F("khoảng 1,9 tỷ USD", "1,9", 1.9e9, "money", "USD", approx="about",
      subject="tổng vốn đăng ký của doanh nghiệp có vốn đầu tư nước ngoài"),
    F("tăng 12,8%", "12,8", 12.8, "percent", "%", subject="chỉ số sản xuất ngành giấy và sản phẩm từ giấy", period=H1),
    cell("Biên Hòa\n186.400", "186.400", 186400, "Biên Hòa", "Năm 2023"),
    cell("186.400\n98.500", "98.500", 98500, "Biên Hòa", "6 tháng 2024"),
    cell("98.500\n195.000", "195.000", 195000, "Biên Hòa", "Kế hoạch 2024"),
    cell("Nhơn Trạch\n142.600", "142.600", 142600, NT, "Năm 2023"),
    cell("142.600\n77.300", "77.300", 77300, NT, "6 tháng 2024"),
    cell("77.300\n150.000", "150.000", 150000, NT, "Kế hoạch 2024"),
    cell("Trảng Bom\n95.200", "95.200", 95200, "Trảng Bom", "Năm 2023"),
    cell("95.200\n51.800", "51.800", 51800, "Trảng Bom", "6 tháng 2024"),
    cell("51.800\n100.000", "100.000", 100000, "Trảng Bom", "Kế hoạch 2024"),
    cell("Tổng số\n424.200", "424.200", 424200, "Đồng Nai", "Năm 2023"),
    cell("424.200\n227.600", "227.600", 227600, "Đồng Nai", "6 tháng 2024"),
    cell("227.600\n445.000", "445.000", 445000, "Đồng Nai", "Kế hoạch 2024"),
    F("công suất 300.000 tấn", "300.000", 300000, "measure", "tấn/năm",
      subject="công suất dây chuyền xeo giấy Công ty TNHH Giấy Đông Phương", location=NT),
    F("đầu tư 165 triệu USD", "165", 165e6, "money", "USD",
      subject="tổng vốn đầu tư dây chuyền xeo giấy", location=NT),
    F("kiểm tra 22 cơ sở", "22", 22, "count", "cơ sở", subject="cơ sở sản xuất giấy, bao bì được kiểm tra", period=Y24),
    F("trong đó 3 cơ sở", "3", 3, "count", "cơ sở", total=22,
      subject="cơ sở vi phạm quy định về xả thải", period=Y24),
    F("tổng cộng 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tiền xử phạt vi phạm về xả thải", period=Y24),
    F("khoảng 64%", "64", 64, "percent", "%", approx="about",
      subject="tỷ lệ doanh nghiệp ngành giấy dùng lò hơi đốt sinh khối"),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai): no dateline; menu, related link, footer address, phone, counters.",
    "Distractors: 'KCN Nhơn Trạch 3' (name), 'lần thứ 4' (ordinal), 'Số 2 Nguyễn Văn Trị' (address), phone 0251.3822.214,",
    "  'Lượt truy cập: 2.356.118 | Hôm nay: 412' (counters), 'tháng 10' (start of operation).",
    "One-cell-per-line table: row labels are places (location), column labels are periods (scored) and enter the subject;",
    "  'Kế hoạch 2024' = target; the Tổng số row is the province (Đồng Nai). Cells get no total.",
    "The company passage placed in huyện Nhơn Trạch gets location Nhơn Trạch.",
    "No published date: the text has none.",
]

if __name__ == "__main__":
    write("p1216-7", TEXT, NOTES, FIGS, location="Đồng Nai")
