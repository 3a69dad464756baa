"""p1100-2: huyện Mường Khương (Lào Cai) district portal, book donations to school libraries."""
from lib import F, P, CH, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG
Tin tức - Sự kiện » Giáo dục - Đào tạo
Thứ Hai, 18/09/2023 - 09:45

Trao tặng gần 6.000 cuốn sách cho học sinh vùng cao

Ngày 16/9, tại Trường PTDTBT Tiểu học Pha Long số 1, Phòng Giáo dục và Đào tạo huyện phối hợp với Huyện đoàn và dự án "Tủ sách cho em" tổ chức trao tặng 5.860 cuốn sách cho 22 trường mầm non, tiểu học và trung học cơ sở trên địa bàn huyện, tổng trị giá khoảng 240 triệu đồng. Trong đó, xã Pha Long nhận 1.150 cuốn, xã Tả Ngải Chồ nhận 920 cuốn, thị trấn Mường Khương nhận 780 cuốn; số còn lại được chia cho các trường ở 13 xã khác. Mỗi trường còn nhận thêm tủ sách trị giá 4,5 triệu đồng/tủ.

Theo Phòng Giáo dục và Đào tạo, hiện toàn huyện có 41/47 trường có thư viện, trong đó 18 thư viện đạt chuẩn theo Thông tư số 16/2022/TT-BGDĐT. Từ đầu năm 2023 đến nay, các thư viện trường học đã bổ sung 7.300 bản sách, tổ chức 156 tiết đọc thư viện; tỷ lệ học sinh tiểu học thường xuyên mượn sách về nhà đạt 63%, tăng 9 điểm phần trăm so với cùng kỳ năm trước.

Đồng chí Phó Chủ tịch UBND huyện đề nghị các nhà trường bố trí sách hợp lý, đưa sách song ngữ Việt - Mông đến gần hơn với học sinh. Huyện phấn đấu đến hết năm 2024 có 100% trường tiểu học xây dựng được thư viện thân thiện và 25 thư viện trường học đạt chuẩn. Dự kiến trong quý IV/2023, huyện tiếp nhận thêm khoảng 3.000 cuốn sách từ các nhà hảo tâm để luân chuyển về các điểm trường lẻ dọc Quốc lộ 4D.

Lò Thị Hoa - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-09-18")
T24 = P("đến hết năm 2024", None, "2024-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("Trao tặng gần 6.000 cuốn sách", "6.000", 6000, "count", "cuốn sách",
      "sách trao tặng cho học sinh vùng cao", approx="nearly"),
    F("trao tặng 5.860 cuốn sách", "5.860", 5860, "count", "cuốn sách", "sách trao tặng cho các trường"),
    F("cho 22 trường", "22", 22, "count", "trường mầm non, tiểu học và trung học cơ sở",
      "trường mầm non, tiểu học và trung học cơ sở được tặng sách"),
    F("khoảng 240 triệu đồng", "240", 240e6, "money", "đồng", "tổng trị giá sách trao tặng", approx="about"),
    F("nhận 1.150 cuốn", "1.150", 1150, "count", "cuốn", "sách xã Pha Long nhận", total=5860),
    F("nhận 920 cuốn", "920", 920, "count", "cuốn", "sách xã Tả Ngải Chồ nhận", total=5860),
    F("nhận 780 cuốn", "780", 780, "count", "cuốn", "sách thị trấn Mường Khương nhận", total=5860),
    F("ở 13 xã khác", "13", 13, "count", "xã", "xã khác có trường được chia sách"),
    F("trị giá 4,5 triệu đồng/tủ", "4,5", 4.5e6, "money", "đồng/tủ", "trị giá tủ sách mỗi trường nhận"),
    F("có 41/47 trường", "41", 41, "count", "trường", "trường có thư viện", total=47),
    F("trong đó 18 thư viện", "18", 18, "count", "thư viện", "thư viện đạt chuẩn", total=41),
    F("bổ sung 7.300 bản sách", "7.300", 7300, "count", "bản sách", "sách các thư viện trường học bổ sung", YTD),
    F("tổ chức 156 tiết đọc", "156", 156, "count", "tiết đọc thư viện", "tiết đọc thư viện", YTD),
    F("về nhà đạt 63%", "63", 63, "percent", "%", "tỷ lệ học sinh tiểu học thường xuyên mượn sách về nhà", YTD,
      change=CH("increase", 9, "điểm phần trăm", "cùng kỳ năm trước")),
    F("có 100% trường tiểu học", "100", 100, "percent", "%",
      "tỷ lệ trường tiểu học xây dựng được thư viện thân thiện", T24, status="target"),
    F("và 25 thư viện", "25", 25, "count", "thư viện trường học", "thư viện trường học đạt chuẩn", T24,
      status="target"),
    F("khoảng 3.000 cuốn sách", "3.000", 3000, "count", "cuốn sách", "sách huyện tiếp nhận thêm từ các nhà hảo tâm",
      Q4, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Mường Khương (Lào Cai): sách tặng thư viện trường học, thư viện đạt chuẩn, tỷ lệ mượn sách.",
    "Commune parts (xã Pha Long, ...) lie in the district: location stays Mường Khương. 'Trong đó' parts take the 5.860 as total.",
    "'hiện' gives no period. 'Từ đầu năm 2023 đến nay' ends at the dateline 2023-09-18.",
    "Distractors: 'Trường PTDTBT Tiểu học Pha Long số 1', 'Thông tư số 16/2022/TT-BGDĐT', 'Quốc lộ 4D', 'Ngày 16/9', '09:45'.",
]

if __name__ == "__main__":
    write("p1100-2", TEXT, NOTES, FIGS, published="2023-09-18", location="Mường Khương")
