"""p1501-5: provincial newspaper (Báo Bắc Giang, tag (BGĐT)): counterfeit sanitary ware at dealers; a shop in TP Bắc Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật | Thể thao

Thứ Năm, 14/11/2024 | 15:10

Thiết bị vệ sinh giả nhãn hiệu len lỏi vào đại lý

(BGĐT) - Từ đầu năm đến nay, lực lượng quản lý thị trường tỉnh đã kiểm tra 57 cơ sở kinh doanh thiết bị vệ sinh, thu giữ gần 2.300 sản phẩm sen vòi, bồn cầu giả mạo nhãn hiệu.

Theo Cục Quản lý thị trường tỉnh Bắc Giang, toàn tỉnh hiện có khoảng 420 cửa hàng, đại lý kinh doanh thiết bị vệ sinh, tập trung nhiều nhất tại TP Bắc Giang (khoảng 130 cửa hàng) và thị xã Việt Yên (hơn 70 cửa hàng). Trong 10 tháng năm 2024, lực lượng quản lý thị trường đã xử lý 19 vụ vi phạm với tổng số tiền phạt 186,5 triệu đồng, tăng 42% so với cùng kỳ. Trong đó, Đội Quản lý thị trường số 2 xử lý 8 vụ, phạt 74 triệu đồng.

Tại cửa hàng thiết bị vệ sinh Tuấn Hằng ở số 168 đường Hoàng Văn Thụ, TP Bắc Giang, chị Nguyễn Thu Hằng, chủ cửa hàng, cho biết mỗi tháng cửa hàng bán khoảng 120 bộ bồn cầu và gần 200 bộ sen vòi. Bồn cầu một khối loại phổ thông có giá từ 2,5 đến 4 triệu đồng/bộ, còn bồn cầu thông minh nhập khẩu giá 18-25 triệu đồng/bộ. "Hàng giả thường rẻ hơn hàng chính hãng khoảng 40%, nhìn bề ngoài rất khó phân biệt", chị Hằng nói.

Ông Trần Văn Quyết, Phó Cục trưởng Cục Quản lý thị trường tỉnh, cho biết trong tháng 12/2024, lực lượng chức năng dự kiến kiểm tra ít nhất 30 cơ sở, tập trung dọc quốc lộ 1 và quốc lộ 37.

THU HƯƠNG
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
DEC = per("tháng 12/2024", "2024-12-01", "2024-12-31")
CITY = "TP Bắc Giang"

FIGS = [
    fig("kiểm tra 57 cơ sở", "57", 57, "count", "cơ sở", subject="cơ sở kinh doanh thiết bị vệ sinh được kiểm tra",
        period=YTD),
    fig("gần 2.300 sản phẩm", "2.300", 2300, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm sen vòi, bồn cầu giả mạo nhãn hiệu thu giữ", period=YTD),
    fig("khoảng 420 cửa hàng", "420", 420, "count", "cửa hàng, đại lý", approx="about",
        subject="cửa hàng, đại lý kinh doanh thiết bị vệ sinh"),
    fig("khoảng 130 cửa hàng", "130", 130, "count", "cửa hàng", approx="about",
        subject="cửa hàng, đại lý kinh doanh thiết bị vệ sinh", location=CITY),
    fig("hơn 70 cửa hàng", "70", 70, "count", "cửa hàng", approx="over",
        subject="cửa hàng, đại lý kinh doanh thiết bị vệ sinh", location="Việt Yên"),
    fig("xử lý 19 vụ", "19", 19, "count", "vụ", subject="vụ vi phạm lực lượng quản lý thị trường xử lý",
        period=M10),
    fig("phạt 186,5 triệu", "186,5", 186.5e6, "money", "đồng", change=chg("increase", 42, "%", "cùng kỳ"),
        subject="tổng số tiền phạt", period=M10),
    fig("xử lý 8 vụ", "8", 8, "count", "vụ", total=19,
        subject="vụ vi phạm Đội Quản lý thị trường số 2 xử lý", period=inh(M10)),
    fig("phạt 74 triệu", "74", 74e6, "money", "đồng", total=186.5e6,
        subject="tiền phạt của Đội Quản lý thị trường số 2", period=inh(M10)),
    fig("khoảng 120 bộ", "120", 120, "measure", "bộ/tháng", approx="about",
        subject="bồn cầu cửa hàng bán mỗi tháng", location=CITY),
    fig("gần 200 bộ", "200", 200, "measure", "bộ/tháng", approx="nearly",
        subject="sen vòi cửa hàng bán mỗi tháng", location=CITY),
    fig("từ 2,5 đến 4 triệu", "2,5", 2.5e6, "money", "đồng/bộ", value_max=4e6,
        subject="giá bồn cầu một khối loại phổ thông", location=CITY),
    fig("giá 18-25 triệu", "18", 18e6, "money", "đồng/bộ", value_max=25e6,
        subject="giá bồn cầu thông minh nhập khẩu", location=CITY),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="hàng giả rẻ hơn hàng chính hãng", location=CITY),
    fig("ít nhất 30 cơ sở", "30", 30, "count", "cơ sở", approx="at_least", status="forecast",
        subject="cơ sở lực lượng chức năng kiểm tra", period=DEC),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): menu, 'Thứ Năm, 14/11/2024 | 15:10', headline, sapo with tag '(BGĐT) -', byline at the end.",
    "Distractors: 15:10, 'Đội Quản lý thị trường số 2', 'số 168 đường Hoàng Văn Thụ', 'Bồn cầu một khối' (product type, not a count),",
    "'quốc lộ 1', 'quốc lộ 37'. 'Từ đầu năm đến nay' ends at the dateline 2024-11-14.",
    "'tập trung nhiều nhất tại TP Bắc Giang (khoảng 130 cửa hàng) và thị xã Việt Yên (hơn 70 cửa hàng)': list items take the",
    "indicator as subject and the place as location; no part cue and no sum, so no total.",
    "'Trong đó, Đội ... xử lý 8 vụ, phạt 74 triệu đồng' after a sentence break: each part takes the whole of its own kind (19 vụ, 186,5 triệu).",
    "'mỗi tháng ... bán khoảng 120 bộ ... và gần 200 bộ': rates, measure 'bộ/tháng'; each number has its own approx word.",
    "The shop passage (TP Bắc Giang) places the shop's sales and prices and the owner's 40% there. 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1501-5", TEXT, NOTES, FIGS, published="2024-11-14", location="Bắc Giang")
