"""p556-2: district portal, huyện Hương Khê (Hà Tĩnh), relief payments after the late-October 2024 flood."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG KHÊ
Trang chủ | Tin tức | Kinh tế

Hương Khê cấp phát hơn 2,3 tỷ đồng hỗ trợ người dân bị thiệt hại do lũ

Thứ Sáu, 08/11/2024 - 15:10

Sáng 7/11, UBND huyện Hương Khê tổ chức cấp phát kinh phí hỗ trợ các hộ dân bị thiệt hại do đợt lũ cuối tháng 10/2024 theo Quyết định số 2871/QĐ-UBND ngày 4/11/2024 của UBND tỉnh. Tổng kinh phí đợt này là 2.346,8 triệu đồng, trong đó ngân sách tỉnh 1.500 triệu đồng, ngân sách huyện 846,8 triệu đồng.

Theo thống kê, đợt lũ đã làm 2.184 nhà ở tại 18/21 xã, thị trấn bị ngập, trong đó 356 nhà ngập sâu, 41 nhà hư hỏng nặng. Ba xã bị thiệt hại nặng nhất là Phương Điền, Hương Trạch và Phúc Trạch. Mức hỗ trợ nhà ngập sâu là 1,5 triệu đồng/hộ, nhà hư hỏng nặng 20 triệu đồng/hộ.

Về sản xuất, đợt lũ làm 645,3 ha lúa hè thu muộn và 212 ha ngô, rau màu bị hư hại. Huyện hỗ trợ giống cây trồng 2 triệu đồng/ha đối với diện tích lúa thiệt hại trên 70%, tổng cộng khoảng 1,1 tỷ đồng.

Ngoài ra, huyện đã tiếp nhận 35 tấn gạo, 1.200 thùng mì tôm cùng nhiều nhu yếu phẩm từ các tổ chức, cá nhân, trị giá khoảng 650 triệu đồng. Tính đến ngày 6/11/2024, Ủy ban MTTQ huyện đã tiếp nhận 1,25 tỷ đồng tiền ủng hộ, đã phân bổ 980 triệu đồng, đạt 78,4%.

Huyện phấn đấu đến ngày 15/11/2024 hoàn thành cấp phát 100% kinh phí hỗ trợ đến tận tay người dân.

Thu Hà (Trung tâm Văn hóa - Truyền thông huyện)
Địa chỉ: Khối 10, thị trấn Hương Khê. Điện thoại: 0239.3871.226
"""

ASOF = P("Tính đến ngày 6/11/2024", None, "2024-11-06")

FIGS = [
    F("hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "kinh phí hỗ trợ người dân bị thiệt hại do lũ", approx="over"),
    F("là 2.346,8 triệu đồng", "2.346,8", 2346.8e6, "money", "đồng", "tổng kinh phí hỗ trợ đợt này"),
    F("tỉnh 1.500 triệu đồng", "1.500", 1500e6, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", total=2346.8e6),
    F("huyện 846,8 triệu đồng", "846,8", 846.8e6, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện", total=2346.8e6),
    F("làm 2.184 nhà", "2.184", 2184, "count", "nhà", "nhà ở bị ngập"),
    F("tại 18/21 xã", "18", 18, "count", "xã, thị trấn", "xã, thị trấn có nhà ở bị ngập", total=21),
    F("trong đó 356 nhà", "356", 356, "count", "nhà", "nhà ngập sâu", total=2184),
    F("41 nhà hư hỏng", "41", 41, "count", "nhà", "nhà hư hỏng nặng", total=2184),
    F("Ba xã bị", "Ba", 3, "count", "xã", "xã bị thiệt hại nặng nhất"),
    F("1,5 triệu đồng/hộ", "1,5", 1.5e6, "money", "đồng/hộ", "mức hỗ trợ nhà ngập sâu"),
    F("20 triệu đồng/hộ", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ nhà hư hỏng nặng"),
    F("làm 645,3 ha", "645,3", 645.3, "measure", "ha", "lúa hè thu muộn bị hư hại"),
    F("212 ha ngô", "212", 212, "measure", "ha", "ngô, rau màu bị hư hại"),
    F("2 triệu đồng/ha", "2", 2e6, "money", "đồng/ha", "mức hỗ trợ giống cây trồng đối với diện tích lúa thiệt hại trên 70%"),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại lúa được hỗ trợ", approx="over", optional=True),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "tổng kinh phí hỗ trợ giống cây trồng", approx="about"),
    F("35 tấn gạo", "35", 35, "measure", "tấn", "gạo tiếp nhận từ các tổ chức, cá nhân"),
    F("1.200 thùng", "1.200", 1200, "count", "thùng", "mì tôm tiếp nhận từ các tổ chức, cá nhân"),
    F("khoảng 650 triệu đồng", "650", 650e6, "money", "đồng", "trị giá hàng hóa, nhu yếu phẩm tiếp nhận", approx="about"),
    F("tiếp nhận 1,25 tỷ đồng", "1,25", 1.25e9, "money", "đồng", "tiền ủng hộ Ủy ban MTTQ huyện tiếp nhận", ASOF),
    F("phân bổ 980 triệu đồng", "980", 980e6, "money", "đồng", "tiền ủng hộ đã phân bổ", ASOF, percent=78.4),
    F("cấp phát 100% kinh phí", "100", 100, "percent", "%", "kinh phí hỗ trợ được cấp phát đến tận tay người dân",
      P("đến ngày 15/11/2024", None, "2024-11-15"), status="target"),
]

COMMENTS = [
    "District portal of huyện Hương Khê (Hà Tĩnh), date line 'Thứ Sáu, 08/11/2024 - 15:10', byline and address at the end.",
    "Location: the district (Hương Khê) for every figure; commune names carry no figure.",
    "Not figures: Quyết định số 2871/QĐ-UBND ngày 4/11/2024, 'Sáng 7/11', Khối 10, phone 0239.3871.226, 'đợt lũ cuối tháng 10/2024'.",
    "'trong đó ngân sách tỉnh ..., ngân sách huyện ...' and 'trong đó 356 nhà ..., 41 nhà ...' are parts (total).",
    "'Ba xã' is a number word (3). 'thiệt hại trên 70%' is an eligibility threshold: optional.",
    "'đã phân bổ 980 triệu đồng, đạt 78,4%' -> percent 78.4 on 980 triệu (no total is stated with a cue).",
]

if __name__ == "__main__":
    emit("p556-2", TEXT, COMMENTS, FIGS, published="2024-11-08", location="Hương Khê")
