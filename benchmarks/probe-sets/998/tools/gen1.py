"""p998-1: Thái Bình province portal, chúc thọ/mừng thọ năm 2024."""
from lib import F, OPT_AGE, Y, P, CH, inh, write

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 20 nghìn người cao tuổi được chúc thọ, mừng thọ năm 2024

Cập nhật: 26/01/2024 10:20 | Lượt xem: 1.874

Theo Ban Đại diện Hội Người cao tuổi tỉnh, năm 2024 toàn tỉnh Thái Bình có 20.468 người cao tuổi được chúc thọ, mừng thọ, tăng 1.126 người so với năm 2023. Trong đó, tuổi 70 có 8.912 người; tuổi 80 có 5.037 người; tuổi 90 có 1.846 người; tròn 100 tuổi có 215 cụ và trên 100 tuổi có 388 cụ.

Toàn tỉnh hiện có khoảng 284.500 người cao tuổi, chiếm 15,2% dân số, trong đó 52.300 người từ 80 tuổi trở lên.

Tổng kinh phí chúc thọ, mừng thọ năm 2024 dự kiến khoảng 9,6 tỷ đồng (ngân sách tỉnh 4,1 tỷ đồng, ngân sách huyện, xã 3,7 tỷ đồng, xã hội hóa 1,8 tỷ đồng), tăng 14,3% so với năm 2023.

Theo Quyết định số 12/2023/QĐ-UBND, mức quà của tỉnh là 300.000 đồng/người đối với tuổi 70 và 75; 500.000 đồng/người đối với tuổi 80 và 85; 700.000 đồng/người đối với tuổi 90 và 95. Người tròn 100 tuổi, ngoài quà của Chủ tịch nước, được tỉnh tặng thêm 1 triệu đồng.

Cụ cao tuổi nhất tỉnh hiện nay là cụ bà Phạm Thị Tám ở xã Vũ Hòa (huyện Kiến Xương), năm nay tròn 111 tuổi. Các huyện có nhiều cụ từ 100 tuổi trở lên là Hưng Hà (97 cụ), Kiến Xương (86 cụ) và Vũ Thư (71 cụ).

Phấn đấu đến năm 2025, 100% người cao tuổi đến tuổi mừng thọ được tổ chức chúc thọ, mừng thọ tại gia đình hoặc tập trung. Mọi ý kiến phản ánh xin gọi đường dây nóng 0227.3831.456.
"""

Y24 = Y(2024)
S_CT = "người cao tuổi được chúc thọ, mừng thọ"
S_KP = "kinh phí chúc thọ, mừng thọ"

FIGS = [
    F("Hơn 20 nghìn người cao tuổi", "20", 20000, "count", "người cao tuổi", S_CT,
      Y24, approx="over"),
    F("có 20.468 người cao tuổi", "20.468", 20468, "count", "người cao tuổi", S_CT, Y24,
      change=CH("increase", 1126, "người", "năm 2023")),
    OPT_AGE("tuổi 70 có", "70"),
    F("có 8.912 người", "8.912", 8912, "count", "người", "người tuổi 70 được chúc thọ, mừng thọ",
      inh(Y24), total=20468),
    OPT_AGE("tuổi 80 có", "80"),
    F("có 5.037 người", "5.037", 5037, "count", "người", "người tuổi 80 được chúc thọ, mừng thọ",
      inh(Y24), total=20468),
    OPT_AGE("tuổi 90 có", "90"),
    F("có 1.846 người", "1.846", 1846, "count", "người", "người tuổi 90 được chúc thọ, mừng thọ",
      inh(Y24), total=20468),
    OPT_AGE("tròn 100 tuổi có", "100"),
    F("có 215 cụ", "215", 215, "count", "cụ", "cụ tròn 100 tuổi được chúc thọ, mừng thọ",
      inh(Y24), total=20468),
    OPT_AGE("trên 100 tuổi có", "100", approx="over"),
    F("có 388 cụ", "388", 388, "count", "cụ", "cụ trên 100 tuổi được chúc thọ, mừng thọ",
      inh(Y24), total=20468),
    F("khoảng 284.500 người cao tuổi", "284.500", 284500, "count", "người cao tuổi", "người cao tuổi",
      approx="about", percent=15.2),
    F("52.300 người từ 80", "52.300", 52300, "count", "người", "người từ 80 tuổi trở lên", total=284500),
    OPT_AGE("từ 80 tuổi trở lên.", "80", approx="at_least"),
    F("khoảng 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng kinh phí chúc thọ, mừng thọ", Y24,
      approx="about", status="forecast", change=CH("increase", 14.3, "%", "năm 2023")),
    F("ngân sách tỉnh 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", S_KP + " từ ngân sách tỉnh", Y24,
      total=9.6e9, status="forecast"),
    F("huyện, xã 3,7 tỷ đồng", "3,7", 3.7e9, "money", "đồng", S_KP + " từ ngân sách huyện, xã", Y24,
      total=9.6e9, status="forecast"),
    F("xã hội hóa 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", S_KP + " từ xã hội hóa", Y24,
      total=9.6e9, status="forecast"),
    F("là 300.000 đồng/người", "300.000", 300000, "money", "đồng/người",
      "mức quà của tỉnh đối với tuổi 70 và 75"),
    OPT_AGE("tuổi 70 và 75", "70"),
    OPT_AGE("70 và 75", "75"),
    F("500.000 đồng/người", "500.000", 500000, "money", "đồng/người", "mức quà của tỉnh đối với tuổi 80 và 85"),
    OPT_AGE("tuổi 80 và 85", "80"),
    OPT_AGE("80 và 85", "85"),
    F("700.000 đồng/người", "700.000", 700000, "money", "đồng/người", "mức quà của tỉnh đối với tuổi 90 và 95"),
    OPT_AGE("tuổi 90 và 95", "90"),
    OPT_AGE("90 và 95", "95"),
    OPT_AGE("Người tròn 100 tuổi", "100"),
    F("thêm 1 triệu đồng", "1", 1e6, "money", "đồng", "quà tỉnh tặng thêm người tròn 100 tuổi"),
    F("tròn 111 tuổi", "111", 111, "measure", "tuổi", "tuổi của cụ cao tuổi nhất tỉnh"),
    OPT_AGE("cụ từ 100 tuổi trở lên là", "100", approx="at_least"),
    F("Hưng Hà (97 cụ)", "97", 97, "count", "cụ", "cụ từ 100 tuổi trở lên", location="Hưng Hà"),
    F("Kiến Xương (86 cụ)", "86", 86, "count", "cụ", "cụ từ 100 tuổi trở lên", location="Kiến Xương"),
    F("Vũ Thư (71 cụ)", "71", 71, "count", "cụ", "cụ từ 100 tuổi trở lên", location="Vũ Thư"),
    F("100% người cao tuổi đến tuổi", "100", 100, "percent", "%",
      "người cao tuổi đến tuổi mừng thọ được tổ chức chúc thọ, mừng thọ",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thái Bình: chúc thọ, mừng thọ năm 2024 (breadcrumb, 'Cập nhật: 26/01/2024 10:20 | Lượt xem: 1.874').",
    "Ages naming a celebration class or threshold (tuổi 70, từ 80 tuổi trở lên, tròn 100 tuổi) are optional; the oldest person's age is a figure.",
    "The 'Trong đó' parts (tuổi 70/80/90, tròn 100, trên 100) take the 20.468 as total though they do not add up (75, 85, 95 not listed).",
    "The bracketed budget breakdown adds up to 9,6 tỷ (4,1 + 3,7 + 1,8) and shares its 'dự kiến' (no verb of its own): forecast.",
    "The oldest person of the province ('Cụ cao tuổi nhất tỉnh') is located in the province, not the district in brackets.",
    "Distractors: Quyết định số 12/2023/QĐ-UBND, 'Phạm Thị Tám', hotline 0227.3831.456, 'Lượt xem: 1.874', dateline time.",
]

write("p998-1", TEXT, NOTES, FIGS, published="2024-01-26", location="Thái Bình")
