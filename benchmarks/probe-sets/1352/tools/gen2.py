"""p1352-2: district portal (huyện Phù Mỹ, Bình Định): mung bean model on dry rice land."""
from lib import F, P, year, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ MỸ
Tỉnh Bình Định
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Nông nghiệp | Liên hệ

Trồng đậu xanh trên đất lúa thiếu nước, lãi gấp 2,5 lần

14/05/2024 - 10:20

Vụ Đông Xuân năm nay, Hợp tác xã Nông nghiệp Mỹ Hiệp 2 phối hợp với Trạm Khuyến nông huyện triển khai mô hình trồng đậu xanh giống ĐX16 trên diện tích 12 ha ở xã Mỹ Hiệp, với 38 hộ tham gia.

Kết quả thu hoạch cho thấy năng suất đậu xanh bình quân đạt 1,7 tấn/ha, cao hơn 0,3 tấn/ha so với giống địa phương. Với giá bán 34.000 đồng/kg, sau khi trừ chi phí, mỗi ha lãi khoảng 38 triệu đồng, cao gấp 2,5 lần so với trồng lúa. Giống ĐX16 có thời gian sinh trưởng chỉ từ 65 - 70 ngày, giúp bà con tiết kiệm hai lần bơm nước so với cây lúa.

Ông Nguyễn Văn Tám ở thôn Chánh Thuận cho biết, gia đình ông trồng 0,6 ha, thu được hơn 1 tấn đậu, bán cho thương lái tại ruộng được gần 35 triệu đồng.

Toàn huyện vụ Đông Xuân 2024 gieo trồng 486 ha đậu xanh, tập trung ở các xã Mỹ Hiệp, Mỹ Trinh, Mỹ Quang; sản lượng ước đạt 760 tấn. Năm 2025, huyện phấn đấu mở rộng diện tích lên 550 ha, trong đó có ít nhất 100 ha áp dụng quy trình VietGAP; dự kiến hỗ trợ mỗi hộ 5 kg giống.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Phù Mỹ: Ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị sơ kết công tác 6 tháng đầu năm

Địa chỉ: 02 Trần Hưng Đạo, thị trấn Phù Mỹ, huyện Phù Mỹ | Điện thoại: 0256.3855.123
Số lượt truy cập: 325.417
"""

NN = year("Vụ Đông Xuân năm nay", 2024)
DX24 = year("vụ Đông Xuân 2024", 2024)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("lãi gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      subject="lãi trồng đậu xanh trên đất lúa thiếu nước"),
    F("diện tích 12 ha", "12", 12, "measure", "ha", subject="diện tích mô hình trồng đậu xanh giống ĐX16",
      period=NN),
    F("với 38 hộ", "38", 38, "count", "hộ", subject="hộ tham gia mô hình", period=NN),
    F("đạt 1,7 tấn/ha", "1,7", 1.7, "measure", "tấn/ha",
      change=chg("increase", 0.3, "tấn/ha", "giống địa phương"),
      subject="năng suất đậu xanh bình quân", period=inh(NN)),
    F("giá bán 34.000", "34.000", 34000, "money", "đồng/kg", subject="giá bán đậu xanh", period=inh(NN)),
    F("khoảng 38 triệu", "38", 38e6, "money", "đồng/ha", approx="about",
      change=chg("increase", 2.5, "lần", "trồng lúa"), subject="lãi mỗi ha", period=inh(NN)),
    F("từ 65 - 70 ngày", "65", 65, "measure", "ngày", value_max=70,
      subject="thời gian sinh trưởng của giống ĐX16"),
    F("hai lần bơm nước", "hai", 2, "count", "lần bơm nước",
      subject="lần bơm nước tiết kiệm so với cây lúa"),
    F("trồng 0,6 ha", "0,6", 0.6, "measure", "ha",
      subject="diện tích đậu xanh gia đình ông Nguyễn Văn Tám trồng"),
    F("hơn 1 tấn", "1", 1, "measure", "tấn", approx="over", subject="đậu thu được"),
    F("gần 35 triệu", "35", 35e6, "money", "đồng", approx="nearly", subject="tiền bán đậu cho thương lái"),
    F("gieo trồng 486 ha", "486", 486, "measure", "ha", subject="diện tích đậu xanh toàn huyện gieo trồng",
      period=DX24),
    F("ước đạt 760 tấn", "760", 760, "measure", "tấn", status="estimate", subject="sản lượng", period=DX24),
    F("lên 550 ha", "550", 550, "measure", "ha", status="target", subject="diện tích đậu xanh", period=Y25),
    F("ít nhất 100 ha", "100", 100, "measure", "ha", approx="at_least", total=550, status="target",
      subject="diện tích áp dụng quy trình VietGAP", period=Y25),
    F("mỗi hộ 5 kg", "5", 5, "measure", "kg/hộ", status="forecast", subject="giống hỗ trợ mỗi hộ", period=Y25),
]

NOTES = [
    "District portal (huyện Phù Mỹ, Bình Định): banner naming the district, menu, '14/05/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Mỹ Hiệp 2' (co-op name), ĐX16 (variety), 'Nguyễn Văn Tám' (name with a number word), '02 Trần Hưng Đạo',",
    "phone 0256.3855.123, 'Số lượt truy cập: 325.417', 'năm 2024' and '6 tháng đầu năm' in link titles.",
    "Headline 'lãi gấp 2,5 lần' stands alone as the claim -> kind multiple. In the body the same 2,5 lần is the change of 'khoảng 38 triệu đồng'.",
    "'Vụ Đông Xuân năm nay' -> year of published (2024). The model results (1,7 tấn/ha, price, profit) inherit it from the first paragraph.",
    "'mỗi ha lãi khoảng 38 triệu đồng' -> đồng/ha; 'mỗi hộ 5 kg giống' -> kg/hộ, forecast (dự kiến). 'ít nhất 100 ha' after 'trong đó' -> total 550, target.",
    "The farmer's 0,6 ha, 1 tấn, 35 triệu: no period stated (not scored).",
]

if __name__ == "__main__":
    write("p1352-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Phù Mỹ")
