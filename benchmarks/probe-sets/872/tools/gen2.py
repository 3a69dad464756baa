"""p872-2: district portal (huyện Hải Hậu, Nam Định), wheelchairs and prostheses handed over, 2023 results, 2024 targets."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ / Tin tức - Sự kiện / Lao động - Xã hội
Trao tặng xe lăn, dụng cụ chỉnh hình cho người khuyết tật
Thứ Năm, 14/03/2024 - 15:30

Vừa qua, tại Hội trường UBND huyện, Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện phối hợp với Trung tâm Chỉnh hình và Phục hồi chức năng Hà Nội trao tặng 85 xe lăn, 40 xe lắc tay và 62 bộ nạng, khung tập đi cho người khuyết tật vận động trên địa bàn. Tổng giá trị quà tặng gần 420 triệu đồng, trong đó mỗi xe lắc tay trị giá khoảng 3,8 triệu đồng/chiếc.

Dịp này, đoàn kỹ thuật viên của Trung tâm đã khám, đo và lắp mới 27 chân giả cho người khuyết tật tại các xã Hải Đông (8 chiếc), Hải Lý (7 chiếc), Hải Chính (7 chiếc) và thị trấn Thịnh Long (5 chiếc). Ông Trần Văn Sáu (xóm 4, xã Hải Đông) bị cụt chân trái từ năm 1972, nay đã tự đi lại được sau buổi tập đầu tiên.

Theo Phòng Lao động - Thương binh và Xã hội huyện, tính đến 31/12/2023, toàn huyện có 4.812 người khuyết tật, trong đó 1.356 người khuyết tật đặc biệt nặng và 2.104 người khuyết tật nặng đang hưởng trợ cấp xã hội hằng tháng theo Nghị định số 20/2021/NĐ-CP. Mức trợ cấp từ 720.000 đến 900.000 đồng/người/tháng tùy mức độ khuyết tật.

Năm 2023, huyện đã hỗ trợ dụng cụ chỉnh hình, phương tiện trợ giúp cho 318 lượt người, tăng 46 lượt so với năm 2022, với tổng kinh phí trên 1,1 tỷ đồng.

Năm 2024, huyện đặt mục tiêu 100% trẻ em khuyết tật vận động dưới 6 tuổi được khám sàng lọc, can thiệp sớm; phấn đấu hỗ trợ dụng cụ chỉnh hình cho 350 lượt người.

Thu Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

ASOF = P("tính đến 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "chân giả lắp mới cho người khuyết tật"

FIGS = [
    F("trao tặng 85 xe lăn", "85", 85, "count", "xe lăn", "xe lăn trao tặng cho người khuyết tật vận động"),
    F("40 xe lắc tay", "40", 40, "count", "xe lắc tay", "xe lắc tay trao tặng cho người khuyết tật vận động"),
    F("62 bộ nạng", "62", 62, "count", "bộ nạng, khung tập đi",
      "bộ nạng, khung tập đi trao tặng cho người khuyết tật vận động"),
    F("gần 420 triệu đồng", "420", 420000000, "money", "đồng", "tổng giá trị quà tặng", approx="nearly"),
    F("khoảng 3,8 triệu đồng/chiếc", "3,8", 3800000, "money", "đồng/chiếc", "giá trị mỗi xe lắc tay",
      approx="about"),
    F("lắp mới 27 chân giả", "27", 27, "count", "chân giả", LIST),
    F("(8 chiếc)", "8", 8, "count", "chiếc", LIST, total=27),
    F("Hải Lý (7 chiếc)", "7", 7, "count", "chiếc", LIST, total=27),
    F("Hải Chính (7 chiếc)", "7", 7, "count", "chiếc", LIST, total=27),
    F("(5 chiếc)", "5", 5, "count", "chiếc", LIST, total=27),
    F("có 4.812 người khuyết tật", "4.812", 4812, "count", "người khuyết tật", "người khuyết tật", period=ASOF),
    F("1.356 người khuyết tật", "1.356", 1356, "count", "người khuyết tật",
      "người khuyết tật đặc biệt nặng đang hưởng trợ cấp xã hội hằng tháng", total=4812, period=ASOF),
    F("2.104 người khuyết tật", "2.104", 2104, "count", "người khuyết tật",
      "người khuyết tật nặng đang hưởng trợ cấp xã hội hằng tháng", total=4812, period=ASOF),
    F("từ 720.000 đến 900.000 đồng/người/tháng", "720.000", 720000, "money", "đồng/người/tháng",
      "mức trợ cấp xã hội hằng tháng cho người khuyết tật", value_max=900000),
    F("cho 318 lượt người", "318", 318, "count", "lượt người",
      "lượt người được hỗ trợ dụng cụ chỉnh hình, phương tiện trợ giúp",
      change=C("increase", 46, "lượt", "năm 2022"), period=Y23),
    F("trên 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng",
      "tổng kinh phí hỗ trợ dụng cụ chỉnh hình, phương tiện trợ giúp", approx="over", period=Y23),
    F("mục tiêu 100% trẻ em", "100", 100, "percent", "%",
      "trẻ em khuyết tật vận động dưới 6 tuổi được khám sàng lọc, can thiệp sớm", status="target", period=Y24),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", status="target", optional=True),
    F("cho 350 lượt người", "350", 350, "count", "lượt người",
      "lượt người được hỗ trợ dụng cụ chỉnh hình", status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): trao xe lăn, lắp chân giả; người khuyết tật đến 31/12/2023; kết quả 2023, mục tiêu 2024 (invented, probe set 872).",
    "Location is the district Hải Hậu throughout; communes (Hải Đông, Hải Lý, Hải Chính, thị trấn Thịnh Long) are not a location level of the spec.",
    "The commune list (8+7+7+5 = 27) is a bracketed breakdown of the 27 chân giả: total 27. 'trong đó mỗi xe lắc tay trị giá ...' is a per-unit price, not a part: no total.",
    "The event itself has no date in the text ('Vừa qua'); its counts get no period. 'từ năm 1972', 'xóm 4', Ông Trần Văn Sáu, Nghị định số 20/2021/NĐ-CP are not figures.",
    "'dưới 6 tuổi' is a category threshold: optional.",
]

if __name__ == "__main__":
    build("p872-2", TEXT, FIGS, COMMENTS, published="2024-03-14", location="Hải Hậu")
