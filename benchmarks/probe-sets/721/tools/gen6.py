"""p721-6: national press (VnExpress-style) — giá mít Thái rớt, nguyên nhân, chế biến sâu."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 19/6/2024, 05:30 (GMT+7)

Giá mít Thái rớt còn 5.000 đồng một kg

Sau hai tháng đứng ở mức cao, giá mít Thái tại miền Tây giảm mạnh, nhiều nhà vườn lo lỗ vốn.

Ông Lê Văn Hậu, chủ vườn mít 3 ha ở xã Long Trung, huyện Cai Lậy (Tiền Giang), cho biết thương lái chỉ trả 5.000 - 6.000 đồng/kg mít Thái loại 1, giảm 9.000 đồng so với hồi tháng 4. "Với giá này, mỗi kg tôi lỗ khoảng 1.500 đồng vì chi phí phân bón, thuốc đã lên 6.500 đồng/kg", ông nói.

Theo Hiệp hội Rau quả Việt Nam, cả nước hiện có khoảng 78.000 ha mít, riêng Tiền Giang chiếm khoảng 14%. Sản lượng năm nay dự kiến đạt hơn 1,2 triệu tấn. Khoảng 80% sản lượng mít hiện phụ thuộc thị trường Trung Quốc.

Ông Nguyễn Hữu Phước, chuyên gia ngành hàng trái cây, nhận định giá giảm do diện tích tăng nóng: giai đoạn 2019-2023, diện tích mít tăng bình quân 15% mỗi năm. Trong khi đó, năng lực chế biến sâu mới đáp ứng chưa đến 10% sản lượng. "Các nhà máy sấy chỉ mua mít loại đẹp, giá 7.000 - 8.000 đồng/kg, cao hơn giá thương lái khoảng 2.000 đồng", ông nói.

Tại Hậu Giang, nhiều nhà vườn đã tỉa bớt trái, chỉ giữ 25-30 trái mỗi cây để nâng chất lượng, hướng tới bán cho doanh nghiệp sấy và xuất khẩu chính ngạch. Ngày 10/6, một doanh nghiệp sấy đã ký hợp đồng thu mua 500 tấn mít của nông dân huyện Phụng Hiệp với giá sàn 8.000 đồng/kg.

Ngọc Tài
"""

CL = "Cai Lậy"

FIGS = [
    F("rớt còn 5.000 đồng", "5.000", 5000, "money", "đồng/kg", "giá mít Thái"),
    F("vườn mít 3 ha", "3", 3, "measure", "ha", "diện tích vườn mít", location=CL),
    F("trả 5.000 - 6.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá thương lái trả cho mít Thái loại 1",
      value_max=6000, change=CH("decrease", 9000, unit="đồng", baseline="hồi tháng 4"), location=CL),
    F("lỗ khoảng 1.500 đồng", "1.500", 1500, "money", "đồng/kg", "mức lỗ mỗi kg mít", approx="about", location=CL),
    F("lên 6.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", "chi phí phân bón, thuốc", location=CL),
    F("có khoảng 78.000 ha", "78.000", 78000, "measure", "ha", "diện tích mít cả nước", approx="about"),
    F("chiếm khoảng 14%", "14", 14, "percent", "%", "tỷ trọng trong diện tích mít cả nước", approx="about",
      location="Tiền Giang"),
    F("hơn 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", "sản lượng mít", P("năm nay", "2024-01-01", "2024-12-31"),
      approx="over", status="forecast"),
    F("Khoảng 80% sản lượng", "80", 80, "percent", "%", "sản lượng mít phụ thuộc thị trường Trung Quốc", approx="about"),
    F("bình quân 15% mỗi năm", "15", 15, "percent", "%", "tốc độ tăng diện tích mít bình quân mỗi năm",
      P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")),
    F("chưa đến 10% sản lượng", "10", 10, "percent", "%", "năng lực chế biến sâu so với sản lượng", approx="under"),
    F("giá 7.000 - 8.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá mít loại đẹp các nhà máy sấy mua",
      value_max=8000, change=CH("increase", 2000, unit="đồng", approx="about", baseline="giá thương lái")),
    F("giữ 25-30 trái", "25", 25, "measure", "trái/cây", "số trái giữ lại mỗi cây", value_max=30, location="Hậu Giang"),
    F("thu mua 500 tấn", "500", 500, "measure", "tấn", "mít doanh nghiệp sấy ký hợp đồng thu mua", location="Phụng Hiệp"),
    F("giá sàn 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá sàn thu mua mít", location="Phụng Hiệp"),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ tư, 19/6/2024, 05:30 (GMT+7)', byline at the end): giá mít Thái rớt, nguyên nhân, chế biến sâu.",
    "Distractors: '(GMT+7)', 'Sau hai tháng' (a duration), 'một kg' (rate denominator in the headline), 'hồi tháng 4' (baseline), 'Ngày 10/6', '2019-2023'.",
    "Location: national statements are Việt Nam's (the headline price too: no place in the headline, 'miền Tây' is a region);",
    "the farmer's figures are Cai Lậy's (huyện named); 'riêng Tiền Giang chiếm khoảng 14%' is Tiền Giang's share of the national area (own percent figure);",
    "'nông dân huyện Phụng Hiệp' makes the contract figures Phụng Hiệp's; '25-30 trái' is Hậu Giang's.",
    "'giảm 9.000 đồng so với hồi tháng 4' and 'cao hơn giá thương lái khoảng 2.000 đồng' are changes of the price ranges before them.",
    "'tăng bình quân 15% mỗi năm' is a growth rate that is the claim: percent figure, no change. 'năm nay' = 2024 (dateline).",
    "'25-30 trái mỗi cây' is a rate: kind measure. revised after the first run: its unit 'trái' → 'trái/cây' (denominator in the unit; no score effect).",
]

if __name__ == "__main__":
    emit("p721-6", TEXT, COMMENTS, FIGS, published="2024-06-19", location="Việt Nam")
