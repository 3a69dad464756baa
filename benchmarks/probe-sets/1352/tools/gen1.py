"""p1352-1: province portal (Quảng Nam): mung bean sowing, Hè Thu 2024; Đông Xuân results; prices; contract farming."""
from lib import F, P, year, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

Vụ Hè Thu 2024: Quảng Nam gieo trồng gần 1.900 ha đậu xanh

Cập nhật: 18/07/2024 09:35 | Lượt xem: 1.286

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 15/7/2024, toàn tỉnh đã gieo trồng 1.874 ha đậu xanh vụ Hè Thu, tăng 6,2% so với cùng kỳ năm 2023, đạt 93,7% kế hoạch. Trong đó, diện tích chuyển đổi từ đất lúa thiếu nước là 612 ha, chiếm 32,7%.

Vụ Đông Xuân 2023-2024, diện tích đậu xanh toàn tỉnh đạt 2.315 ha, năng suất bình quân 13,8 tạ/ha, sản lượng ước đạt 3.195 tấn. Các địa phương có diện tích lớn là Duy Xuyên (520 ha), Thăng Bình (465 ha) và Điện Bàn (318 ha).

Hiện giá đậu xanh hạt tại ruộng dao động từ 32.000 đến 35.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với đầu vụ. Theo tính toán của ngành nông nghiệp, mỗi ha đậu xanh cho lãi từ 25 - 30 triệu đồng, gấp 2 lần trồng lúa.

Để phát triển vùng nguyên liệu, năm 2024 tỉnh hỗ trợ 50% giá giống đậu xanh ĐX208 cho các hợp tác xã, tổng kinh phí hơn 1,2 tỷ đồng. Công ty TNHH Nông sản Thu Bồn đã ký hợp đồng bao tiêu với 4 hợp tác xã ở huyện Duy Xuyên trên diện tích 350 ha, cam kết thu mua với giá không thấp hơn 30.000 đồng/kg.

Mục tiêu đến năm 2025, diện tích đậu xanh toàn tỉnh đạt 5.000 ha, trong đó 40% diện tích được liên kết tiêu thụ.

Tin liên quan:
- Quảng Nam: Tổng kết sản xuất vụ Đông Xuân 2023-2024
- Thăng Bình ra quân làm thủy lợi nội đồng
"""

HT24 = year("Vụ Hè Thu 2024", 2024)
ASOF = P("tính đến ngày 15/7/2024", None, "2024-07-15")
DX = P("Vụ Đông Xuân 2023-2024", "2023-01-01", "2024-12-31")
Y24 = year("năm 2024", 2024)
TO25 = P("đến năm 2025", None, "2025-12-31")
DXU = "Duy Xuyên"

FIGS = [
    F("gần 1.900 ha", "1.900", 1900, "measure", "ha", approx="nearly",
      subject="diện tích đậu xanh gieo trồng", period=HT24),
    F("gieo trồng 1.874 ha", "1.874", 1874, "measure", "ha", percent=93.7,
      change=chg("increase", 6.2, "%", "cùng kỳ năm 2023"),
      subject="diện tích đậu xanh vụ Hè Thu gieo trồng", period=ASOF),
    F("là 612 ha", "612", 612, "measure", "ha", total=1874, percent=32.7,
      subject="diện tích chuyển đổi từ đất lúa thiếu nước", period=inh(ASOF)),
    F("đạt 2.315 ha", "2.315", 2315, "measure", "ha", subject="diện tích đậu xanh toàn tỉnh", period=DX),
    F("13,8 tạ/ha", "13,8", 13.8, "measure", "tạ/ha", subject="năng suất bình quân", period=DX),
    F("ước đạt 3.195 tấn", "3.195", 3195, "measure", "tấn", status="estimate", subject="sản lượng", period=DX),
    F("Duy Xuyên (520 ha)", "520", 520, "measure", "ha", subject="diện tích đậu xanh", period=inh(DX), location=DXU),
    F("Thăng Bình (465 ha)", "465", 465, "measure", "ha", subject="diện tích đậu xanh", period=inh(DX),
      location="Thăng Bình"),
    F("Điện Bàn (318 ha)", "318", 318, "measure", "ha", subject="diện tích đậu xanh", period=inh(DX),
      location="Điện Bàn"),
    F("từ 32.000 đến 35.000", "32.000", 32000, "money", "đồng/kg", value_max=35000,
      change=chg("increase", 3000, "đồng/kg", "đầu vụ", approx="about"),
      subject="giá đậu xanh hạt tại ruộng"),
    F("từ 25 - 30 triệu", "25", 25e6, "money", "đồng/ha", value_max=30e6,
      change=chg("increase", 2, "lần", "trồng lúa"), subject="lãi mỗi ha đậu xanh"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ giá giống đậu xanh cho các hợp tác xã",
      period=Y24),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="tổng kinh phí hỗ trợ giống",
      period=Y24),
    F("với 4 hợp tác xã", "4", 4, "count", "hợp tác xã",
      subject="hợp tác xã ký hợp đồng bao tiêu với Công ty TNHH Nông sản Thu Bồn", location=DXU),
    F("diện tích 350 ha", "350", 350, "measure", "ha", subject="diện tích bao tiêu", location=DXU),
    F("không thấp hơn 30.000", "30.000", 30000, "money", "đồng/kg", approx="at_least",
      subject="giá thu mua cam kết", location=DXU),
    F("đạt 5.000 ha", "5.000", 5000, "measure", "ha", status="target",
      subject="diện tích đậu xanh toàn tỉnh", period=TO25),
    F("trong đó 40%", "40", 40, "percent", "%", status="target",
      subject="diện tích được liên kết tiêu thụ", period=TO25),
]

NOTES = [
    "Province portal (Quảng Nam): mung bean sowing Hè Thu 2024; breadcrumb, 'Cập nhật: 18/07/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, 15/7/2024, variety ĐX208, 'vụ Đông Xuân 2023-2024' in a link.",
    "Crop seasons with a year: 'Vụ Hè Thu 2024' -> the year 2024; 'Vụ Đông Xuân 2023-2024' -> 2023-01-01..2024-12-31 (read as a year span, like 'giai đoạn').",
    "'đạt 93,7% kế hoạch' is the percent attribute of 1.874 ha (spec: 'đạt 87,66% chỉ tiêu được giao'); 'Trong đó ... 612 ha, chiếm 32,7%' -> total 1874, percent 32,7.",
    "'cao hơn khoảng 3.000 đồng/kg so với đầu vụ' -> change on the price range; 'gấp 2 lần trồng lúa' -> change 2 lần on the profit.",
    "'mỗi ha ... lãi từ 25 - 30 triệu đồng' -> đồng/ha, range, multiplier on both ends. 'không thấp hơn' = at_least.",
    "Contract passage names huyện Duy Xuyên -> location for its 3 figures.",
]

if __name__ == "__main__":
    write("p1352-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Quảng Nam")
