"""p876-2: district portal (huyện Krông Pắc, Đắk Lắk), district court's family cases in 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Tin tức > Hoạt động các cơ quan, đơn vị

Tòa án nhân dân huyện: Năm 2023 thụ lý 812 vụ việc hôn nhân và gia đình
14/03/2024 15:20

Năm 2023, Tòa án nhân dân huyện Krông Pắc thụ lý 812 vụ việc hôn nhân và gia đình, giảm 3,1% so với năm 2022; đã giải quyết 768 vụ việc (đạt 94,6%), còn tồn 44 vụ việc chuyển sang năm 2024.

Trong số các vụ việc đã giải quyết, Tòa án hòa giải thành 341 vụ việc, trong đó có 96 cặp vợ chồng đoàn tụ; xét xử 298 vụ việc; đình chỉ 129 vụ việc do đương sự rút đơn. Đáng lưu ý, có 214 vụ việc mà đương sự là người đồng bào dân tộc thiểu số, chiếm 26,4% tổng số vụ việc thụ lý; một số trường hợp kết hôn khi chưa đủ tuổi theo Điều 8 Luật Hôn nhân và gia đình năm 2014.

Các cặp vợ chồng ly hôn ở độ tuổi từ 22 đến 35 chiếm gần 65%. Thời gian chung sống trước khi ly hôn của nhiều cặp chỉ từ 1 đến 3 năm. Theo Tòa án, thị trấn Phước An và các xã dọc Quốc lộ 26 có số vụ việc cao do nhiều lao động trẻ đi làm ăn xa.

Từ đầu năm 2024 đến nay, Tòa án đã thụ lý 167 vụ việc hôn nhân và gia đình, hòa giải thành 72 vụ việc.

Năm 2024, đơn vị phấn đấu tỷ lệ hòa giải thành đạt trên 45%, không để vụ việc quá hạn luật định. Tòa án cũng kiến nghị UBND huyện chỉ đạo các xã, thị trấn tăng cường hòa giải ở cơ sở; tại Kỳ họp thứ 9, HĐND huyện đã đồng ý bố trí thêm 2 hòa giải viên cho Tòa án, nâng tổng số lên 6 người.

Hồng Nhung (TAND huyện Krông Pắc)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Năm 2023 thụ lý 812 vụ việc", "812", 812, "count", "vụ việc", "vụ việc hôn nhân và gia đình thụ lý",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("Krông Pắc thụ lý 812 vụ việc", "812", 812, "count", "vụ việc", "vụ việc hôn nhân và gia đình thụ lý", Y23,
      change=C("decrease", 3.1, baseline="năm 2022")),
    F("giải quyết 768 vụ việc", "768", 768, "count", "vụ việc", "vụ việc hôn nhân và gia đình đã giải quyết", Y23,
      percent=94.6),
    F("còn tồn 44 vụ việc", "44", 44, "count", "vụ việc", "vụ việc còn tồn chuyển sang năm 2024", Y23),
    F("thành 341 vụ việc", "341", 341, "count", "vụ việc", "vụ việc hòa giải thành", I(Y23), total=768),
    F("có 96 cặp", "96", 96, "count", "cặp", "cặp vợ chồng đoàn tụ", I(Y23), total=341),
    F("xét xử 298 vụ việc", "298", 298, "count", "vụ việc", "vụ việc xét xử", I(Y23), total=768),
    F("đình chỉ 129 vụ việc", "129", 129, "count", "vụ việc", "vụ việc đình chỉ do đương sự rút đơn", I(Y23),
      total=768),
    F("có 214 vụ việc", "214", 214, "count", "vụ việc", "vụ việc có đương sự là người đồng bào dân tộc thiểu số",
      I(Y23), percent=26.4),
    F("từ 22 đến 35", "22", 22, "measure", "tuổi", "độ tuổi ly hôn", value_max=35, optional=True),
    F("chiếm gần 65%", "65", 65, "percent", "%", "cặp vợ chồng ly hôn ở độ tuổi từ 22 đến 35", I(Y23),
      approx="nearly"),
    F("từ 1 đến 3 năm", "1", 1, "measure", "năm", "thời gian chung sống trước khi ly hôn", value_max=3),
    F("thụ lý 167 vụ việc", "167", 167, "count", "vụ việc", "vụ việc hôn nhân và gia đình thụ lý", YTD),
    F("hòa giải thành 72 vụ việc", "72", 72, "count", "vụ việc", "vụ việc hòa giải thành", YTD),
    F("đạt trên 45%", "45", 45, "percent", "%", "tỷ lệ hòa giải thành", Y24, approx="over", status="target"),
    F("thêm 2 hòa giải viên", "2", 2, "count", "hòa giải viên", "hòa giải viên bố trí thêm cho Tòa án"),
    F("lên 6 người", "6", 6, "count", "người", "tổng số hòa giải viên của Tòa án"),
]

NOTES = [
    "District portal (Krông Pắc, Đắk Lắk); bare dateline 14/03/2024 15:20 under the headline.",
    "Parts after 'Trong số các vụ việc đã giải quyết' (341, 298, 129) take total 768 (341+298+129 = 768); 96 couples after 'trong đó' take 341.",
    "Điều 8, Luật ... năm 2014, Quốc lộ 26, Kỳ họp thứ 9 are not figures. Age band 22-35 optional (a category).",
    "'đồng ý bố trí thêm 2 ..., nâng tổng số lên 6 người': two count figures, actual; 2 is not read as a change of 6 (it stands before it).",
]

if __name__ == "__main__":
    write("p876-2", TEXT, FIGS, NOTES, published="2024-03-14", location="Krông Pắc")
