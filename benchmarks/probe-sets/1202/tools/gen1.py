"""p1202-1: Nam Định province portal, rice insurance, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nam Định: Gần 12.000 hộ tham gia bảo hiểm cây lúa

Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.418

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh có 11.865 hộ nông dân tham gia bảo hiểm nông nghiệp đối với cây lúa, tăng 2.340 hộ so với cùng kỳ năm 2023. Trong đó, hộ nghèo 1.204 hộ, hộ cận nghèo 2.517 hộ, hộ sản xuất khác 8.144 hộ.

Tổng diện tích lúa vụ Xuân được bảo hiểm là 4.286,5 ha, chiếm 5,4% diện tích gieo cấy; tổng số tiền bảo hiểm đạt 128,6 tỷ đồng. Mức phí bảo hiểm cây lúa là 3,4% số tiền bảo hiểm, tương đương khoảng 1,02 triệu đồng/ha/vụ. Tổng phí bảo hiểm 4,37 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 2,15 tỷ đồng, bằng 49,2% tổng phí. Theo Quyết định số 13/2022/QĐ-TTg, hộ nghèo, cận nghèo được hỗ trợ 90% phí bảo hiểm, hộ sản xuất khác được hỗ trợ 20%.

Tại huyện Hải Hậu, 100% hộ nghèo, cận nghèo có ruộng lúa đã tham gia bảo hiểm. Trong tháng 5, mưa đá kèm lốc xoáy làm thiệt hại 37 ha lúa đang trỗ của 142 hộ ở hai xã Hải Phong, Hải An; Công ty Bảo Minh Nam Định đã giám định và bồi thường hơn 515 triệu đồng, bình quân 13,9 triệu đồng/ha.

6 tháng cuối năm, tỉnh phấn đấu mở rộng bảo hiểm lúa vụ Mùa lên 6.000 ha tại 5 huyện; dự kiến ngân sách hỗ trợ phí khoảng 3 tỷ đồng. Người dân cần tư vấn có thể liên hệ đường dây nóng 0228.3649.115 của Sở.

Bản quyền thuộc UBND tỉnh Nam Định - Địa chỉ: Số 9 Trần Hưng Đạo, TP Nam Định
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M5 = P("Trong tháng 5", "2024-05-01", "2024-05-31")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
HH = "Hải Hậu"

FIGS = [
    F("Gần 12.000 hộ", "12.000", 12000, "count", "hộ", approx="nearly",
      subject="hộ tham gia bảo hiểm cây lúa"),
    F("có 11.865 hộ", "11.865", 11865, "count", "hộ nông dân",
      change=C("increase", 2340, "hộ", "cùng kỳ năm 2023"),
      subject="hộ nông dân tham gia bảo hiểm nông nghiệp đối với cây lúa", period=H1),
    F("nghèo 1.204 hộ", "1.204", 1204, "count", "hộ", total=11865,
      subject="hộ nghèo tham gia bảo hiểm cây lúa", period=I(H1)),
    F("cận nghèo 2.517 hộ", "2.517", 2517, "count", "hộ", total=11865,
      subject="hộ cận nghèo tham gia bảo hiểm cây lúa", period=I(H1)),
    F("khác 8.144 hộ", "8.144", 8144, "count", "hộ", total=11865,
      subject="hộ sản xuất khác tham gia bảo hiểm cây lúa", period=I(H1)),
    F("là 4.286,5 ha", "4.286,5", 4286.5, "measure", "ha", percent=5.4,
      subject="diện tích lúa vụ Xuân được bảo hiểm", period=I(H1)),
    F("đạt 128,6 tỷ", "128,6", 128.6e9, "money", "đồng",
      subject="tổng số tiền bảo hiểm", period=I(H1)),
    F("là 3,4% số tiền", "3,4", 3.4, "percent", "%",
      subject="mức phí bảo hiểm cây lúa"),
    F("khoảng 1,02 triệu", "1,02", 1.02e6, "money", "đồng/ha/vụ", approx="about",
      subject="mức phí bảo hiểm cây lúa"),
    F("phí bảo hiểm 4,37 tỷ", "4,37", 4.37e9, "money", "đồng",
      subject="tổng phí bảo hiểm", period=I(H1)),
    F("hỗ trợ 2,15 tỷ", "2,15", 2.15e9, "money", "đồng", total=4.37e9, percent=49.2,
      subject="ngân sách nhà nước hỗ trợ phí bảo hiểm", period=I(H1)),
    F("hỗ trợ 90% phí", "90", 90, "percent", "%",
      subject="mức hỗ trợ phí bảo hiểm cho hộ nghèo, cận nghèo"),
    F("hỗ trợ 20%", "20", 20, "percent", "%",
      subject="mức hỗ trợ phí bảo hiểm cho hộ sản xuất khác"),
    F("100% hộ nghèo", "100", 100, "percent", "%",
      subject="tỷ lệ hộ nghèo, cận nghèo có ruộng lúa tham gia bảo hiểm", location=HH, period=I(H1)),
    F("thiệt hại 37 ha", "37", 37, "measure", "ha",
      subject="diện tích lúa đang trỗ bị thiệt hại do mưa đá kèm lốc xoáy", period=M5, location=HH),
    F("của 142 hộ", "142", 142, "count", "hộ",
      subject="hộ có lúa bị thiệt hại do mưa đá kèm lốc xoáy", period=M5, location=HH),
    F("ở hai xã", "hai", 2, "count", "xã",
      subject="xã có lúa bị thiệt hại do mưa đá", period=M5, location=HH),
    F("hơn 515 triệu", "515", 515e6, "money", "đồng", approx="over",
      subject="tiền bồi thường bảo hiểm lúa", period=M5, location=HH),
    F("bình quân 13,9 triệu", "13,9", 13.9e6, "money", "đồng/ha",
      subject="tiền bồi thường bình quân", period=M5, location=HH),
    F("lên 6.000 ha", "6.000", 6000, "measure", "ha", status="target",
      subject="diện tích bảo hiểm lúa vụ Mùa", period=H2),
    F("tại 5 huyện", "5", 5, "count", "huyện", status="target",
      subject="huyện mở rộng bảo hiểm lúa vụ Mùa", period=H2),
    F("khoảng 3 tỷ", "3", 3e9, "money", "đồng", approx="about", status="forecast",
      subject="ngân sách hỗ trợ phí bảo hiểm", period=H2),
]

NOTES = [
    "Province portal (Nam Định): rice insurance, 6 months 2024. Breadcrumb, 'Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.418'.",
    "Distractors: time 14:20, view counter 2.418, Quyết định số 13/2022/QĐ-TTg, hotline 0228.3649.115, address 'Số 9 Trần Hưng Đạo'.",
    "'tăng 2.340 hộ so với cùng kỳ' is the change of 11.865 hộ; the three Trong đó parts add up to it. 2,15 tỷ is part of 4,37 tỷ (trong đó).",
    "Premium rate and support rates (3,4%, 1,02 triệu đồng/ha/vụ, 90%, 20%) are standing rules: no period.",
    "Hải Hậu passage: figures located in the district; 'Trong tháng 5' takes 2024; '6 tháng cuối năm' = 2024-07-01..2024-12-31.",
    "'phấn đấu' governs 6.000 ha and 5 huyện (target); 'dự kiến' governs 3 tỷ (forecast).",
]

if __name__ == "__main__":
    write("p1202-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Nam Định")
