"""p900-5: Báo Bắc Ninh-style party paper, rented rooms for workers in huyện Yên Phong; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nhà trọ công nhân ở Yên Phong: Giá thuê tăng, chủ trọ chú trọng an toàn phòng cháy

Huyện Yên Phong hiện có khoảng 5.300 hộ kinh doanh nhà trọ với gần 48.000 phòng, là nơi ở của hơn 96.000 công nhân đang làm việc tại các khu công nghiệp Yên Phong I, Yên Phong II-C. Trong đó, xã Long Châu và xã Tam Giang là hai địa phương có nhiều nhà trọ nhất, lần lượt với 1.240 và 980 hộ.

Sau Tết Nguyên đán Giáp Thìn, giá thuê phòng trọ phổ biến từ 1,2 đến 1,8 triệu đồng/phòng/tháng, tăng khoảng 10-15% so với năm 2023. Nhiều nơi vẫn thu tiền điện 3.500-4.000 đồng/kWh, cao hơn giá bán lẻ điện sinh hoạt; tiền nước 25.000 đồng/người/tháng.

Năm 2023, Công an huyện đã kiểm tra 2.450 lượt nhà trọ, nhắc nhở 318 trường hợp chưa bảo đảm an toàn phòng cháy, xử phạt 45 trường hợp với tổng số tiền 167 triệu đồng. Riêng 2 tháng đầu năm 2024, lực lượng chức năng kiểm tra thêm 412 lượt nhà trọ dọc Quốc lộ 18 và Tỉnh lộ 295.

Anh Nguyễn Văn Tư, chủ khu trọ 36 phòng ở thôn Đông Xuyên, cho biết sau đợt kiểm tra, gia đình đã đầu tư gần 150 triệu đồng làm lối thoát nạn thứ hai, lắp camera và thiết bị báo cháy. Số khu trọ lắp camera giám sát trên địa bàn huyện hiện đã gấp 2 lần so với năm 2022.

Theo kế hoạch của UBND huyện, đến hết năm 2024, 100% khu nhà trọ từ 10 phòng trở lên phải có lối thoát nạn thứ hai và hệ thống báo cháy.

NGUYỄN HÀ
05/3/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 5.300 hộ", "5.300", 5300, "count", "hộ", "hộ kinh doanh nhà trọ", approx="about"),
    F("gần 48.000 phòng", "48.000", 48000, "count", "phòng", "phòng trọ", approx="nearly"),
    F("hơn 96.000 công nhân", "96.000", 96000, "count", "công nhân",
      "công nhân ở trọ đang làm việc tại các khu công nghiệp", approx="over"),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có nhiều nhà trọ nhất", optional=True),
    F("lần lượt với 1.240", "1.240", 1240, "count", "hộ", "hộ kinh doanh nhà trọ", total=5300, location="Long Châu"),
    F("và 980 hộ", "980", 980, "count", "hộ", "hộ kinh doanh nhà trọ", total=5300, location="Tam Giang"),
    F("từ 1,2 đến 1,8 triệu", "1,2", 1.2e6, "money", "đồng/phòng/tháng", "giá thuê phòng trọ", value_max=1.8e6,
      change=C("increase", 10, "%", "năm 2023", approx="about")),
    F("3.500-4.000 đồng/kWh", "3.500", 3500, "money", "đồng/kWh", "tiền điện", value_max=4000),
    F("25.000 đồng/người/tháng", "25.000", 25000, "money", "đồng/người/tháng", "tiền nước"),
    F("kiểm tra 2.450 lượt", "2.450", 2450, "count", "lượt nhà trọ", "lượt nhà trọ được kiểm tra", Y23),
    F("nhắc nhở 318 trường hợp", "318", 318, "count", "trường hợp",
      "trường hợp chưa bảo đảm an toàn phòng cháy bị nhắc nhở", Y23),
    F("xử phạt 45 trường hợp", "45", 45, "count", "trường hợp", "trường hợp bị xử phạt", Y23),
    F("167 triệu đồng", "167", 167e6, "money", "đồng", "tổng số tiền xử phạt", Y23),
    F("thêm 412 lượt", "412", 412, "count", "lượt nhà trọ", "lượt nhà trọ được kiểm tra",
      P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")),
    F("khu trọ 36 phòng", "36", 36, "count", "phòng", "phòng của khu trọ", optional=True),
    F("gần 150 triệu đồng", "150", 150e6, "money", "đồng",
      "tiền đầu tư làm lối thoát nạn thứ hai, lắp camera và thiết bị báo cháy", approx="nearly"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "khu trọ lắp camera giám sát"),
    F("100% khu nhà trọ", "100", 100, "percent", "%",
      "khu nhà trọ từ 10 phòng trở lên có lối thoát nạn thứ hai và hệ thống báo cháy",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("từ 10 phòng trở lên", "10", 10, "count", "phòng", "phòng của khu nhà trọ", approx="at_least", optional=True),
]

NOTES = [
    "p900-5: provincial Party paper style (Báo Bắc Ninh), byline NGUYỄN HÀ and bare date 05/3/2024 at the end; location huyện Yên Phong.",
    "'Trong đó, xã Long Châu và xã Tam Giang ... lần lượt với 1.240 và 980 hộ' → parts of the 5.300 hộ (cue after a sentence break), location = commune.",
    "'tăng khoảng 10-15% so với năm 2023' is the change of the rent range: value 10 (lower end), approx about.",
    "'gấp 2 lần so với năm 2022' stands alone as the claim (no base count): multiple. 36 phòng (one owner's block) and 'từ 10 phòng trở lên' (threshold) optional.",
    "revised after the first run: added 'hai địa phương' as optional (it counts the two communes just named: structure, like '2 giai đoạn' in h03).",
    "Distractors: KCN Yên Phong I, Yên Phong II-C, Quốc lộ 18, Tỉnh lộ 295, Nguyễn Văn Tư, 'lối thoát nạn thứ hai', Tết Giáp Thìn, the bare date.",
]

if __name__ == "__main__":
    write("p900-5", TEXT, FIGS, NOTES, published="2024-03-05", location="Yên Phong")
