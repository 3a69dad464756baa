"""p935-5: Party / provincial newspaper (Báo Bình Dương) feature, byline and bare date at the end."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """Viện dưỡng lão giữa lòng đô thị

Nằm trên đường ĐT743, phường Bình Hòa, TP. Thuận An, Viện dưỡng lão An Phúc hiện chăm sóc 96 người cao tuổi, trong đó 58 cụ bị sa sút trí tuệ hoặc liệt nửa người. Cơ sở có 120 giường, diện tích khoảng 3.200 m2, được chia thành 4 khu theo mức độ chăm sóc. Năm ngoái, viện được UBND tỉnh tặng Bằng khen lần thứ 2.

Bà Nguyễn Thị Lan, Giám đốc viện, cho biết chi phí trọn gói từ 9 đến 14 triệu đồng/người/tháng, đã bao gồm ăn uống, thuốc thông thường và vật lý trị liệu. Đội ngũ 45 nhân viên, trong đó có 6 điều dưỡng và 28 hộ lý, trực 24/24 giờ. Tuổi bình quân của các cụ là 79 tuổi, cụ cao tuổi nhất năm nay đã 98 tuổi.

Theo bà Lan, nhu cầu gửi cha mẹ vào viện dưỡng lão tăng nhanh: năm 2024 viện tiếp nhận 41 cụ mới, tăng 28% so với năm 2023. Từ đầu năm 2025 đến nay, danh sách chờ của viện luôn ở mức 30-40 người.

Theo Sở Lao động - Thương binh và Xã hội, đến cuối năm 2024 toàn tỉnh Bình Dương có 8 cơ sở chăm sóc người cao tuổi (2 công lập, 6 ngoài công lập) với tổng số 690 giường, đang nuôi dưỡng 548 người. Tỉnh hiện có hơn 182.000 người cao tuổi, chiếm khoảng 6,7% dân số, thấp hơn nhiều so với bình quân cả nước do dân số cơ học trẻ. Trong năm 2025, tỉnh dự kiến kêu gọi đầu tư thêm 3 cơ sở với quy mô 100-150 giường/cơ sở, ưu tiên các địa bàn TP. Thủ Dầu Một, TP. Dĩ An.

THANH HƯƠNG
16/03/2025
"""

Y24 = year("năm 2024", 2024)
YTD = P("Từ đầu năm 2025 đến nay", "2025-01-01", "2025-03-16")
END24 = asof("đến cuối năm 2024", "2024-12-31")
Y25 = year("Trong năm 2025", 2025)
TA = "Thuận An"

FIGS = [
    F("chăm sóc 96 người cao tuổi", "96", 96, "count", "người cao tuổi",
      "người cao tuổi Viện dưỡng lão An Phúc đang chăm sóc", location=TA),
    F("trong đó 58 cụ", "58", 58, "count", "cụ", "cụ bị sa sút trí tuệ hoặc liệt nửa người", total=96,
      location=TA),
    F("Cơ sở có 120 giường", "120", 120, "count", "giường", "giường của Viện dưỡng lão An Phúc", location=TA),
    F("khoảng 3.200 m2", "3.200", 3200, "measure", "m2", "diện tích cơ sở", approx="about", location=TA),
    F("thành 4 khu", "4", 4, "count", "khu", "khu theo mức độ chăm sóc", location=TA),
    F("từ 9 đến 14 triệu đồng/người/tháng", "9", 9e6, "money", "đồng/người/tháng", "chi phí trọn gói",
      value_max=14e6, location=TA),
    F("Đội ngũ 45 nhân viên", "45", 45, "count", "nhân viên", "nhân viên của viện", location=TA),
    F("có 6 điều dưỡng", "6", 6, "count", "điều dưỡng", "điều dưỡng", total=45, location=TA),
    F("và 28 hộ lý", "28", 28, "count", "hộ lý", "hộ lý", total=45, location=TA),
    F("cụ là 79 tuổi", "79", 79, "measure", "tuổi", "tuổi bình quân của các cụ", location=TA),
    F("đã 98 tuổi", "98", 98, "measure", "tuổi", "tuổi của cụ cao tuổi nhất", location=TA),
    F("tiếp nhận 41 cụ mới", "41", 41, "count", "cụ", "cụ viện tiếp nhận mới", Y24,
      change=chg("increase", 28, "%", "năm 2023"), location=TA),
    F("mức 30-40 người", "30", 30, "count", "người", "người trong danh sách chờ của viện", YTD,
      value_max=40, location=TA),
    F("có 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi", END24),
    F("(2 công lập", "2", 2, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi công lập", END24, total=8),
    F("6 ngoài công lập)", "6", 6, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập", END24,
      total=8),
    F("tổng số 690 giường", "690", 690, "count", "giường", "giường tại các cơ sở chăm sóc người cao tuổi",
      END24),
    F("nuôi dưỡng 548 người", "548", 548, "count", "người", "người cao tuổi đang được các cơ sở nuôi dưỡng",
      END24),
    F("hơn 182.000 người cao tuổi", "182.000", 182000, "count", "người cao tuổi", "người cao tuổi",
      approx="over", percent=6.7),
    F("thêm 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi kêu gọi đầu tư thêm", Y25,
      status="forecast"),
    F("quy mô 100-150 giường/cơ sở", "100", 100, "measure", "giường/cơ sở", "quy mô cơ sở", Y25,
      value_max=150, status="forecast"),
]

NOTES = [
    "Báo Bình Dương feature; byline THANH HƯƠNG and bare date 16/03/2025 at the end (published).",
    "The nursing home's figures are located in TP. Thuận An (the city the article places it in); the department's figures are",
    "Bình Dương. 'trong đó 58 cụ' and '6 điều dưỡng và 28 hộ lý' are parts (total 96, 45). Ages 79 and 98 are facts (measure, tuổi).",
    "'Năm ngoái' has no figure; 'Bằng khen lần thứ 2' is an ordinal; 'trực 24/24 giờ' (around the clock) is a set phrase, not a",
    "figure; 'đường ĐT743' is a road. 'chiếm khoảng 6,7% dân số' = percent of 182.000 (its 'khoảng' is the share's, not the count's).",
    "'Trong năm 2025, tỉnh dự kiến ...' = forecast. 'Từ đầu năm 2025 đến nay' ends at the bare date.",
]

if __name__ == "__main__":
    write("p935-5", TEXT, FIGS, NOTES, published="2025-03-16", location="Bình Dương")
