"""p513-5: Party newspaper (Báo Đà Nẵng style), urban wastewater treatment in Đà Nẵng."""
from lib import F, P, inh, CH, emit

TEXT = """Nâng cao hiệu quả thu gom, xử lý nước thải đô thị

Những năm qua, Đà Nẵng đã đầu tư nhiều công trình thu gom, xử lý nước thải nhằm giảm ô nhiễm tại các cửa xả ven biển và sông Hàn, điển hình là cửa xả số 5 trên đường Nguyễn Tất Thành.

Hiện nay, thành phố có 5 trạm xử lý nước thải tập trung với tổng công suất 186.400 m³/ngày đêm (Hòa Cường 80.000 m³/ngày đêm, Phú Lộc 40.000 m³/ngày đêm, Thọ Quang 20.000 m³/ngày đêm, Khuê Mỹ 23.400 m³/ngày đêm, Hòa Xuân 23.000 m³/ngày đêm). Tỷ lệ thu gom, xử lý nước thải đô thị năm 2023 đạt khoảng 78%, cao hơn nhiều so với mức bình quân cả nước.

Năm 2023, các trạm đã tiếp nhận và xử lý trên 41,2 triệu m³ nước thải, tăng 7,5% so với năm 2022; chi phí vận hành bình quân khoảng 2.850 đồng/m³. Tuy nhiên, Sở Tài nguyên và Môi trường vẫn nhận 74 phản ánh về mùi hôi tại trạm Hòa Cường và Phú Lộc, dù đã giảm 40 phản ánh so với năm 2022.

Để giải quyết dứt điểm, thành phố đang triển khai Dự án Phát triển bền vững Đà Nẵng với tổng vốn 2.360 tỷ đồng, trong đó vốn vay Ngân hàng Thế giới (WB) 1.780 tỷ đồng, đầu tư hai nhà máy xử lý nước thải mới ở phía tây bắc thành phố.

Mục tiêu đến năm 2030, tổng công suất xử lý nước thải của thành phố đạt 465.000 m³/ngày đêm, 100% nước thải đô thị được thu gom, xử lý đạt quy chuẩn trước khi xả ra môi trường.

HOÀNG HIỆP
12/5/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
PLANTS = [("Hòa Cường 80.000", "80.000", 80000, "Hòa Cường"), ("Phú Lộc 40.000", "40.000", 40000, "Phú Lộc"),
          ("Thọ Quang 20.000", "20.000", 20000, "Thọ Quang"), ("Khuê Mỹ 23.400", "23.400", 23400, "Khuê Mỹ"),
          ("Hòa Xuân 23.000", "23.000", 23000, "Hòa Xuân")]

FIGS = [
    F("có 5 trạm", "5", 5, "count", "trạm", "trạm xử lý nước thải tập trung"),
    F("tổng công suất 186.400 m³/ngày đêm", "186.400", 186400, "measure", "m³/ngày đêm",
      "tổng công suất trạm xử lý nước thải tập trung"),
]
for a, n, v, name in PLANTS:
    FIGS.append(F(a, n, v, "measure", "m³/ngày đêm", f"công suất trạm xử lý nước thải {name}", total=186400))
FIGS += [
    F("đạt khoảng 78%", "78", 78, "percent", "%", "Tỷ lệ thu gom, xử lý nước thải đô thị", Y23, approx="about"),
    F("trên 41,2 triệu m³", "41,2", 41.2e6, "measure", "m³", "nước thải các trạm tiếp nhận và xử lý", Y23b,
      approx="over", change=CH("increase", 7.5, "%", "năm 2022")),
    F("khoảng 2.850 đồng/m³", "2.850", 2850, "money", "đồng/m³", "chi phí vận hành bình quân", Y23b, approx="about"),
    F("nhận 74 phản ánh", "74", 74, "count", "phản ánh", "phản ánh về mùi hôi tại trạm Hòa Cường và Phú Lộc",
      inh(Y23b), change=CH("decrease", 40, "phản ánh", "năm 2022")),
    F("tổng vốn 2.360 tỷ đồng", "2.360", 2360e9, "money", "đồng", "tổng vốn Dự án Phát triển bền vững Đà Nẵng"),
    F("(WB) 1.780 tỷ đồng", "1.780", 1780e9, "money", "đồng", "vốn vay Ngân hàng Thế giới (WB)", total=2360e9),
    F("đầu tư hai nhà máy", "hai", 2, "count", "nhà máy", "nhà máy xử lý nước thải mới"),
    F("đạt 465.000 m³/ngày đêm", "465.000", 465000, "measure", "m³/ngày đêm",
      "tổng công suất xử lý nước thải của thành phố", T30, status="target"),
    F("100% nước thải", "100", 100, "percent", "%",
      "nước thải đô thị được thu gom, xử lý đạt quy chuẩn", T30, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Đà Nẵng style): thu gom, xử lý nước thải đô thị ở Đà Nẵng; byline and bare date '12/5/2024' at the end.",
    "The bracketed plant capacities add up to 186.400 m³/ngày đêm and follow it directly: each takes it as total. Plant names",
    "(Hòa Cường, Phú Lộc, Thọ Quang, Khuê Mỹ, Hòa Xuân) are wards, not districts: location stays Đà Nẵng, the name goes to the subject.",
    "'Hiện nay' gives no period. '74 phản ánh … giảm 40 phản ánh so với năm 2022' is a change in phản ánh. 'trong đó vốn vay WB' takes",
    "the project total; WB is not a place. 'Mục tiêu đến năm 2030' governs both clauses (target). 'cửa xả số 5' is not a figure.",
]

if __name__ == "__main__":
    emit("p513-5", TEXT, COMMENTS, FIGS, published="2024-05-12", location="Đà Nẵng")
