"""p724-8: xã Tân Hội (Đan Phượng, Hà Nội) commune portal — commune sports centre inaugurated."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử xã Tân Hội - huyện Đan Phượng - TP Hà Nội
Tin tức > Văn hóa - Xã hội

Xã Tân Hội khánh thành khu thể thao trung tâm trị giá 14,6 tỷ đồng
12/03/2024 10:05

Sáng 10/3, UBND xã Tân Hội tổ chức lễ khánh thành khu thể thao trung tâm xã. Công trình được xây dựng trên khu đất rộng 1,35 ha, khởi công tháng 5/2023. Các hạng mục chính gồm sân bóng đá 7 người cỏ nhân tạo diện tích 2.400 m², nhà thi đấu đa năng 600 chỗ ngồi, bốn sân cầu lông và 2 sân bóng chuyền hơi.

Tổng kinh phí đầu tư 14,6 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 6 tỷ đồng, ngân sách huyện 4,5 tỷ đồng, ngân sách xã và nguồn xã hội hóa 4,1 tỷ đồng.

Hiện nay 9/9 thôn của xã đều có nhà văn hóa và sân thể thao; tỷ lệ gia đình thể thao đạt 35,4%; số người tập luyện thể dục thể thao thường xuyên là 4.860 người, chiếm 42,7% dân số.

Năm 2023, xã tổ chức 14 giải thể thao với hơn 1.500 lượt vận động viên tham gia; đội bóng đá nam của xã đoạt giải Nhì Giải bóng đá nông dân huyện lần thứ 12.

Năm 2024, xã phấn đấu nâng tỷ lệ người tập luyện thể dục thể thao thường xuyên lên 45%, lắp đặt 1 bể bơi lắp ghép để dạy bơi cho khoảng 300 học sinh Trường Tiểu học Tân Hội.

Mọi ý kiến đóng góp xin gửi Bộ phận Văn hóa - Xã hội UBND xã, điện thoại 024.3363.8155.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("trị giá 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "kinh phí khu thể thao trung tâm"),
    F("rộng 1,35 ha", "1,35", 1.35, "measure", "ha", "khu đất xây dựng khu thể thao trung tâm"),
    F("diện tích 2.400 m²", "2.400", 2400, "measure", "m²", "diện tích sân bóng đá 7 người cỏ nhân tạo"),
    F("600 chỗ ngồi", "600", 600, "count", "chỗ ngồi", "chỗ ngồi nhà thi đấu đa năng"),
    F("bốn sân cầu lông", "bốn", 4, "count", "sân cầu lông", "sân cầu lông"),
    F("2 sân bóng chuyền hơi", "2", 2, "count", "sân bóng chuyền hơi", "sân bóng chuyền hơi"),
    F("đầu tư 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "Tổng kinh phí đầu tư khu thể thao trung tâm"),
    F("hỗ trợ 6 tỷ đồng", "6", 6e9, "money", "đồng", "kinh phí ngân sách thành phố hỗ trợ", total=14.6e9),
    F("huyện 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí ngân sách huyện", total=14.6e9),
    F("xã hội hóa 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", "kinh phí ngân sách xã và nguồn xã hội hóa",
      total=14.6e9),
    F("9/9 thôn", "9", 9, "count", "thôn", "thôn có nhà văn hóa và sân thể thao", total=9),
    F("đạt 35,4%", "35,4", 35.4, "percent", "%", "tỷ lệ gia đình thể thao"),
    F("là 4.860 người", "4.860", 4860, "count", "người", "người tập luyện thể dục thể thao thường xuyên",
      percent=42.7),
    F("tổ chức 14 giải", "14", 14, "count", "giải thể thao", "giải thể thao xã tổ chức", Y23),
    F("hơn 1.500 lượt", "1.500", 1500, "count", "lượt vận động viên", "lượt vận động viên tham gia", Y23,
      approx="over"),
    F("lên 45%", "45", 45, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", Y24,
      status="target"),
    F("lắp đặt 1 bể bơi", "1", 1, "count", "bể bơi", "bể bơi lắp ghép", Y24, status="target"),
    F("khoảng 300 học sinh", "300", 300, "count", "học sinh", "học sinh được dạy bơi", Y24, approx="about",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Tân Hội (huyện Đan Phượng, Hà Nội): khánh thành khu thể thao trung tâm xã; dateline 12/03/2024 10:05.",
    "Location: Đan Phượng, the district the commune belongs to (FIGURES.md: 'the province, city or district the",
    "figure describes'; a commune is none of these).",
    "'Các hạng mục chính gồm …' follows no figure, so the parts get no total; the funding sources after 'trong đó'",
    "add up to 14,6 tỷ. 'bốn sân cầu lông' is a number word. 'Hiện nay' gives no period. The 2024 'phấn đấu' clause",
    "continues into 'lắp đặt … cho khoảng 300 học sinh' (target). Distractors: 'sân bóng đá 7 người', 'giải Nhì',",
    "'lần thứ 12', 'Sáng 10/3', 'tháng 5/2023', phone.",
    "revised after the first scoring: location 'Tân Hội' (the commune) -> 'Đan Phượng'; the spec's location is a",
    "province, city or district, so a commune name is not a value the contract allows (spec gap noted in REPORT.md).",
]

if __name__ == "__main__":
    ok = emit("p724-8", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Đan Phượng")
    sys.exit(0 if ok else 1)
