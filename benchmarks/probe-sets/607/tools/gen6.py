import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

TEXT = """Kinh doanh › Hàng hóa

Thứ ba, 4/2/2025, 06:45 (GMT+7)

Giá cao su cao nhất từ năm 2017, VRG lãi gần 5.000 tỷ đồng

Giá mủ cao su trong nước tăng mạnh theo giá thế giới, giúp hộ tiểu điền và các doanh nghiệp cao su có một năm làm ăn khấm khá.

Tại Bình Phước, giá mủ nước được các công ty thu mua ở mức 430-450 đồng/độ TSC, tăng khoảng 35% so với cùng kỳ năm ngoái. Ông Nguyễn Văn Tâm, chủ vườn 5 ha ở xã Lộc Hiệp, huyện Lộc Ninh, cho biết năm 2024 vườn nhà ông cho khoảng 1,9 tấn mủ khô mỗi ha, trừ chi phí thuê công cạo còn lãi hơn 300 triệu đồng.

Tập đoàn Công nghiệp Cao su Việt Nam (VRG) cho biết năm 2024 doanh thu hợp nhất đạt 28.600 tỷ đồng, vượt 12% kế hoạch; lợi nhuận trước thuế gần 5.000 tỷ đồng, tăng 34% so với năm 2023. Tập đoàn hiện quản lý khoảng 395.000 ha cao su tại Việt Nam, Lào và Campuchia, trong đó hơn 285.000 ha ở trong nước. Sản lượng mủ khai thác năm 2024 đạt 312.000 tấn, sản lượng tiêu thụ 420.000 tấn (gồm cả mủ thu mua của tiểu điền).

Theo Hiệp hội Cao su Việt Nam (VRA), cả nước hiện có khoảng 265.000 hộ trồng cao su tiểu điền với diện tích gần 460.000 ha, chiếm 50,5% tổng diện tích. Thu nhập từ cao su của nhóm hộ này năm 2024 tăng bình quân 25-30% so với năm 2023.

VRA dự báo giá xuất khẩu cao su của Việt Nam năm 2025 có thể duy trì ở mức 1.900-2.100 USD/tấn do nguồn cung từ Thái Lan, Indonesia giảm. Tuy vậy, hiệp hội khuyến cáo người dân không chặt bỏ các loại cây trồng khác để trồng lại cao su ồ ạt, vì một vườn cao su cần 6-7 năm kiến thiết cơ bản mới cho khai thác.

Thi Hà
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("lãi gần 5.000 tỷ đồng", "5.000", 5e12, "money", "đồng", "lãi VRG", approx="nearly"),
    fig("mức 430-450 đồng/độ TSC", "430", 430, "money", "đồng/độ TSC", "giá mủ nước các công ty thu mua",
        value_max=450, change=ch("increase", 35, "%", "cùng kỳ năm ngoái", approx="about"), location="Bình Phước"),
    fig("vườn 5 ha", "5", 5, "measure", "ha", "vườn cao su của ông Nguyễn Văn Tâm", location="Lộc Ninh"),
    fig("khoảng 1,9 tấn mủ khô mỗi ha", "1,9", 1.9, "measure", "tấn/ha", "năng suất mủ khô vườn nhà ông Tâm",
        Y24, approx="about", location="Lộc Ninh"),
    fig("lãi hơn 300 triệu đồng", "300", 300e6, "money", "đồng", "lãi vườn nhà ông Tâm", Y24, approx="over",
        location="Lộc Ninh"),
    fig("đạt 28.600 tỷ đồng", "28.600", 28.6e12, "money", "đồng", "doanh thu hợp nhất VRG", Y24,
        change=ch("increase", 12, "%", "kế hoạch")),
    fig("thuế gần 5.000 tỷ đồng", "5.000", 5e12, "money", "đồng", "lợi nhuận trước thuế VRG", Y24,
        approx="nearly", change=ch("increase", 34, "%", "năm 2023")),
    fig("khoảng 395.000 ha", "395.000", 395000, "measure", "ha", "diện tích cao su VRG quản lý", approx="about"),
    fig("hơn 285.000 ha", "285.000", 285000, "measure", "ha", "diện tích cao su VRG ở trong nước", approx="over",
        total=395000),
    fig("đạt 312.000 tấn", "312.000", 312000, "measure", "tấn", "sản lượng mủ khai thác VRG",
        per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("tiêu thụ 420.000 tấn", "420.000", 420000, "measure", "tấn", "sản lượng tiêu thụ VRG",
        per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 265.000 hộ", "265.000", 265000, "count", "hộ", "hộ trồng cao su tiểu điền", approx="about"),
    fig("gần 460.000 ha", "460.000", 460000, "measure", "ha", "diện tích cao su tiểu điền", approx="nearly",
        percent=50.5),
    fig("bình quân 25-30%", "25", 25, "percent", "%", "thu nhập từ cao su của hộ tiểu điền tăng bình quân",
        per("năm 2024", "2024-01-01", "2024-12-31"), value_max=30),
    fig("mức 1.900-2.100 USD/tấn", "1.900", 1900, "money", "USD/tấn", "giá xuất khẩu cao su",
        per("năm 2025", "2025-01-01", "2025-12-31"), value_max=2100, status="forecast"),
    fig("cần 6-7 năm", "6", 6, "measure", "năm", "thời gian kiến thiết cơ bản vườn cao su", value_max=7,
        optional=True),
]

COMMENTS = [
    "Probe 607-6. National press ('Kinh doanh › Hàng hóa', 'Thứ ba, 4/2/2025, 06:45 (GMT+7)', byline at the end): rubber",
    "prices, a Lộc Ninh smallholder, VRG 2024 results, smallholders nationwide, VRA price forecast 2025.",
    "Distractors: (GMT+7), 'năm 2017' in the headline, 'năm ngoái' (baseline), country names.",
    "Location: Việt Nam by default (VRG and VRA national totals; VRG's area spans Laos/Cambodia but is the national group's);",
    "'Tại Bình Phước' places the price; the farmer's figures are Lộc Ninh (district named in the sentence).",
    "'vượt 12% kế hoạch' is a change against plan. 'tăng bình quân 25-30%' is a growth rate that is the claim: percent figure.",
    "'6-7 năm kiến thiết cơ bản' is a general duration (agronomic fact, not a statistic): optional.",
    "'mỗi ha' rates take the unit tấn/ha. Headline 'lãi gần 5.000 tỷ đồng' has no period in its sentence.",
]

if __name__ == "__main__":
    emit("p607-6", TEXT, COMMENTS, FIGS, published="2025-02-04", location="Việt Nam")
