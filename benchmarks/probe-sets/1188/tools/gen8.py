"""p1188-8: provincial newspaper online (Báo Nghệ An, '(Baonghean.vn) -' tag): tương Nam Đàn, nhút Thanh Chương."""
from lib import F, P, I, C, T, write

TEXT = """Báo Nghệ An điện tử
Kinh tế › Nông nghiệp

25/11/2024 - 09:12

Làng tương Nam Đàn vào vụ Tết

(Baonghean.vn) - Những ngày cuối năm, các hộ làm tương ở thị trấn Nam Đàn tất bật đồ xôi, ủ mốc, rang đỗ để kịp cung ứng cho thị trường Tết.

Theo UBND huyện Nam Đàn, toàn huyện hiện có 93 hộ làm tương, trong đó 61 hộ ở thị trấn Nam Đàn. Năm 2023, các hộ sản xuất được khoảng 420.000 lít tương, doanh thu đạt 12,6 tỷ đồng. Riêng 10 tháng năm 2024, sản lượng đạt 360.000 lít, bằng 85,7% cả năm 2023.

Bà Hoàng Thị Lan, chủ cơ sở tương Lan ở khối Phong Hảo (thị trấn Nam Đàn), cho biết mỗi mẻ tương cần 50 kg gạo nếp, 30 kg đỗ tương và 20 kg muối hạt, ủ từ 25 đến 30 ngày. Mỗi năm cơ sở bán ra khoảng 30.000 lít, giá 25.000 đồng/lít, lãi hơn 200 triệu đồng.

Không chỉ có tương, nghề muối nhút (mít non muối) ở huyện Thanh Chương cũng phát triển với 4 hợp tác xã và 35 hộ sản xuất. Sản lượng nhút năm 2023 khoảng 250 tấn. Hiện huyện có 2 sản phẩm nhút đạt OCOP 3 sao.

Toàn tỉnh hiện có 14 sản phẩm tương, nhút, cà muối được công nhận OCOP, xếp thứ 2 khu vực Bắc Trung Bộ về số sản phẩm thuộc nhóm này, chỉ sau Thanh Hóa.

Huyện Nam Đàn đặt mục tiêu đến năm 2025 có 100% hộ làm tương sử dụng nhãn hiệu tập thể "Tương Nam Đàn", sản lượng đạt 500.000 lít/năm.

Thanh Hương
"""

ND, TC = "Nam Đàn", "Thanh Chương"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 93 hộ", "93", 93, "count", "hộ", subject="hộ làm tương", location=ND),
    F("61 hộ", "61", 61, "count", "hộ", total=93, subject="hộ làm tương ở thị trấn Nam Đàn", location=ND),
    F("khoảng 420.000 lít", "420.000", 420000, "measure", "lít", approx="about",
      subject="tương các hộ sản xuất", period=Y23, location=ND),
    F("12,6 tỷ", "12,6", 12600000000, "money", "đồng", subject="doanh thu tương", period=Y23, location=ND),
    F("đạt 360.000 lít", "360.000", 360000, "measure", "lít", percent=85.7,
      subject="sản lượng tương", period=M10, location=ND),
    F("cần 50 kg", "50", 50, "measure", "kg", subject="gạo nếp mỗi mẻ tương", location=ND),
    F("30 kg đỗ", "30", 30, "measure", "kg", subject="đỗ tương mỗi mẻ tương", location=ND),
    F("20 kg muối", "20", 20, "measure", "kg", subject="muối hạt mỗi mẻ tương", location=ND),
    F("từ 25 đến 30 ngày", "25", 25, "measure", "ngày", value_max=30,
      subject="thời gian ủ mỗi mẻ tương", location=ND),
    F("khoảng 30.000 lít", "30.000", 30000, "measure", "lít", approx="about",
      subject="tương cơ sở tương Lan bán ra mỗi năm", location=ND),
    F("giá 25.000 đồng/lít", "25.000", 25000, "money", "đồng/lít", subject="giá bán tương của cơ sở tương Lan",
      location=ND),
    F("hơn 200 triệu", "200", 200000000, "money", "đồng", approx="over",
      subject="lãi mỗi năm của cơ sở tương Lan", location=ND),
    F("với 4 hợp tác xã", "4", 4, "count", "hợp tác xã", subject="hợp tác xã muối nhút", location=TC),
    F("35 hộ sản xuất", "35", 35, "count", "hộ", subject="hộ sản xuất nhút", location=TC),
    F("khoảng 250 tấn", "250", 250, "measure", "tấn", approx="about", subject="sản lượng nhút",
      period=P("năm 2023", "2023-01-01", "2023-12-31"), location=TC),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm nhút đạt OCOP 3 sao", location=TC),
    F("có 14 sản phẩm", "14", 14, "count", "sản phẩm",
      subject="sản phẩm tương, nhút, cà muối được công nhận OCOP"),
    F("xếp thứ 2", "2", 2, "rank", "hạng",
      subject="số sản phẩm tương, nhút, cà muối được công nhận OCOP khu vực Bắc Trung Bộ"),
    F("có 100%", "100", 100, "percent", "%", status="target",
      subject="hộ làm tương sử dụng nhãn hiệu tập thể Tương Nam Đàn", period=TO25, location=ND),
    F("500.000 lít/năm", "500.000", 500000, "measure", "lít/năm", status="target",
      subject="sản lượng tương", period=TO25, location=ND),
]

NOTES = [
    "Provincial newspaper online (Báo Nghệ An): tag '(Baonghean.vn) -', dateline '25/11/2024 - 09:12', byline at the end. Default location Nghệ An (tag).",
    "Nam Đàn figures get Nam Đàn (also the portrait of cơ sở tương Lan in thị trấn Nam Đàn); nhút figures get Thanh Chương; '14 sản phẩm', 'xếp thứ 2' Nghệ An.",
    "Distractors: time 09:12, 'khối Phong Hảo', 'OCOP 3 sao', 'chỉ sau Thanh Hóa' (a comparison, not a place of the figure), 'Tương Nam Đàn' (a brand).",
    "61 hộ follows 'trong đó' after 93 hộ → total 93. 360.000 lít 'bằng 85,7% cả năm 2023' → percent 85.7 (share after 'bằng').",
    "Recipe amounts per batch (50/30/20 kg) and 'ủ từ 25 đến 30 ngày' are measures of the process; no period.",
    "'đặt mục tiêu đến năm 2025' → target for both 100% and 500.000 lít/năm.",
]

if __name__ == "__main__":
    write("p1188-8", TEXT, NOTES, FIGS, published="2024-11-25", location="Nghệ An")
