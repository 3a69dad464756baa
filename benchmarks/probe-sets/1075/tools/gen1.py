"""p1075-1: province portal (Ninh Bình), làng nghề đá mỹ nghệ Ninh Vân, huyện Hoa Lư, H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
6 tháng, làng nghề đá mỹ nghệ Ninh Vân thu hơn 1.100 tỷ đồng
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của UBND huyện Hoa Lư, 6 tháng đầu năm 2024, doanh thu của làng nghề chế tác đá mỹ nghệ Ninh Vân ước đạt 1.135 tỷ đồng, tăng 8,6% so với cùng kỳ năm 2023, đạt 52% kế hoạch năm. Riêng quý II/2024, doanh thu đạt 618 tỷ đồng, cao hơn quý I là 101 tỷ đồng.

Toàn xã Ninh Vân hiện có 1.250 cơ sở sản xuất, kinh doanh đá mỹ nghệ, trong đó có 46 doanh nghiệp và 38 hợp tác xã, còn lại là hộ cá thể. Làng nghề thu hút khoảng 6.500 lao động, chiếm gần 70% lao động trong độ tuổi của xã. Thu nhập bình quân từ 7 đến 12 triệu đồng/người/tháng; thợ chạm khắc bậc cao có thu nhập trên 20 triệu đồng/người/tháng.

Sản phẩm đá Ninh Vân đã có mặt tại hơn 20 quốc gia và vùng lãnh thổ như Nhật Bản, Hàn Quốc, Mỹ, Đức. Kim ngạch xuất khẩu 6 tháng ước đạt 4,2 triệu USD, bằng 115% cùng kỳ.

Để giảm ô nhiễm bụi đá, thực hiện Quyết định số 1825/QĐ-UBND của UBND tỉnh Ninh Bình, huyện đã quy hoạch Cụm công nghiệp làng nghề Ninh Vân rộng 41,5 ha, nằm sát Quốc lộ 1A. Đến nay đã có 27 cơ sở di dời vào sản xuất trong cụm, giảm đáng kể bụi đá và tiếng ồn cho khu dân cư.

Năm 2024, huyện Hoa Lư phấn đấu doanh thu làng nghề đạt 2.200 tỷ đồng; đến năm 2025 có ít nhất 60 cơ sở sản xuất trong cụm công nghiệp, 100% cơ sở lắp đặt hệ thống xử lý bụi.

Nguồn: Sở Công Thương Ninh Bình
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("thu hơn 1.100 tỷ đồng", "1.100", 1.1e12, "money", "đồng", "doanh thu làng nghề đá mỹ nghệ Ninh Vân",
      H1, approx="over"),
    F("ước đạt 1.135 tỷ đồng", "1.135", 1.135e12, "money", "đồng",
      "doanh thu của làng nghề chế tác đá mỹ nghệ Ninh Vân", H1Y,
      change=C("increase", 8.6, "%", "cùng kỳ năm 2023"), percent=52, status="estimate"),
    F("doanh thu đạt 618 tỷ đồng", "618", 618e9, "money", "đồng", "doanh thu làng nghề",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=C("increase", 101e9, "đồng", "quý I")),
    F("hiện có 1.250 cơ sở", "1.250", 1250, "count", "cơ sở", "cơ sở sản xuất, kinh doanh đá mỹ nghệ"),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp sản xuất đá mỹ nghệ", total=1250),
    F("và 38 hợp tác xã", "38", 38, "count", "hợp tác xã", "hợp tác xã sản xuất đá mỹ nghệ", total=1250),
    F("khoảng 6.500 lao động", "6.500", 6500, "count", "lao động", "lao động làng nghề", approx="about", percent=70),
    F("từ 7 đến 12 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      value_max=12e6),
    F("trên 20 triệu đồng/người/tháng", "20", 20e6, "money", "đồng/người/tháng",
      "thu nhập của thợ chạm khắc bậc cao", approx="over"),
    F("hơn 20 quốc gia", "20", 20, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có sản phẩm đá Ninh Vân", approx="over"),
    F("ước đạt 4,2 triệu USD", "4,2", 4.2e6, "money", "USD", "kim ngạch xuất khẩu đá mỹ nghệ Ninh Vân", H1,
      percent=115, status="estimate"),
    F("rộng 41,5 ha", "41,5", 41.5, "measure", "ha", "diện tích Cụm công nghiệp làng nghề Ninh Vân"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở di dời vào sản xuất trong cụm công nghiệp",
      P("Đến nay", None, "2024-07-18")),
    F("đạt 2.200 tỷ đồng", "2.200", 2.2e12, "money", "đồng", "doanh thu làng nghề",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 60 cơ sở", "60", 60, "count", "cơ sở", "cơ sở sản xuất trong cụm công nghiệp",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở lắp đặt hệ thống xử lý bụi",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Invented province-portal article (Ninh Bình): làng nghề đá mỹ nghệ Ninh Vân (huyện Hoa Lư), 6 tháng đầu năm 2024.",
    "Year-less headline '6 tháng' takes 2024 from published. 46 doanh nghiệp / 38 HTX follow 'trong đó' after 1.250 cơ sở (they are cơ sở).",
    "'cao hơn quý I là 101 tỷ đồng' is the change of 618 tỷ; 'đạt 52% kế hoạch năm' and 'bằng 115% cùng kỳ' are shares (percent).",
    "Distractors: breadcrumb, 'Cập nhật: 18/07/2024 09:45', 'Lượt xem: 2.316', 'Quyết định số 1825/QĐ-UBND', 'Quốc lộ 1A'.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, COMMENTS, published="2024-07-18", location="Hoa Lư")
