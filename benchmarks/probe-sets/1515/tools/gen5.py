"""p1515-5: provincial newspaper (Báo Hải Dương, tag '(BHD) -'): market inspection of mother-and-baby shops, June 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Thứ sáu, 28/06/2024 15:12

Phát hiện gần 2.000 bình sữa, núm ti không rõ nguồn gốc

Trong tháng 6, lực lượng quản lý thị trường đã kiểm tra 43 cửa hàng mẹ và bé, xử lý 17 trường hợp vi phạm.

(BHD) - Thực hiện đợt cao điểm "Tháng hành động vì trẻ em", từ ngày 1 đến 25/6, Cục Quản lý thị trường tỉnh Hải Dương đã kiểm tra 43 cơ sở kinh doanh đồ dùng cho mẹ và bé tại TP Hải Dương, thị xã Kinh Môn và các huyện Gia Lộc, Cẩm Giàng.

Qua kiểm tra, đoàn phát hiện 17 cơ sở vi phạm, xử phạt tổng số tiền 86,5 triệu đồng; tạm giữ 1.946 sản phẩm gồm 1.120 bình sữa, 704 núm ti và 122 máy hâm sữa không có hóa đơn, chứng từ hoặc không ghi nhãn tiếng Việt. Trị giá hàng tạm giữ ước tính hơn 240 triệu đồng.

Theo ghi nhận, bình sữa nhựa PP không nhãn mác được bán với giá chỉ 30.000-45.000 đồng/chiếc, trong khi sản phẩm chính hãng cùng dung tích 240 ml có giá từ 180.000 đồng trở lên. Nhiều phụ huynh cho biết mua hàng qua mạng vì giá rẻ hơn khoảng 40%.

Ông Phạm Quang Huy, Phó Cục trưởng Cục Quản lý thị trường tỉnh cho biết, 6 tháng đầu năm 2024, toàn tỉnh xử lý 58 vụ vi phạm trong lĩnh vực đồ dùng trẻ em, tăng 12 vụ so với cùng kỳ; thu nộp ngân sách nhà nước 312 triệu đồng. Thời gian tới, đơn vị tăng cường kiểm tra hoạt động kinh doanh trên sàn thương mại điện tử, phấn đấu cả năm kiểm tra ít nhất 120 cơ sở.

THÀNH NAM

Tin cùng chuyên mục:
- Hải Dương: Tạm giữ lô nguyên liệu nhựa không rõ nguồn gốc
- Khai mạc Tuần lễ hàng Việt tại Chí Linh
"""

JUNE = per("Trong tháng 6", "2024-06-01", "2024-06-30")
CAMP = per("từ ngày 1 đến 25/6", "2024-06-01", "2024-06-25")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 2.000 bình sữa", "2.000", 2000, "count", "bình sữa, núm ti", approx="nearly",
        subject="bình sữa, núm ti không rõ nguồn gốc"),
    fig("kiểm tra 43 cửa hàng", "43", 43, "count", "cửa hàng",
        subject="cửa hàng mẹ và bé lực lượng quản lý thị trường kiểm tra", period=JUNE),
    fig("xử lý 17 trường hợp", "17", 17, "count", "trường hợp", subject="trường hợp vi phạm", period=JUNE),
    fig("kiểm tra 43 cơ sở", "43", 43, "count", "cơ sở",
        subject="cơ sở kinh doanh đồ dùng cho mẹ và bé kiểm tra", period=CAMP),
    fig("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(CAMP)),
    fig("tiền 86,5 triệu", "86,5", 86.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(CAMP)),
    fig("tạm giữ 1.946 sản phẩm", "1.946", 1946, "count", "sản phẩm",
        subject="sản phẩm tạm giữ", period=inh(CAMP)),
    fig("gồm 1.120 bình sữa", "1.120", 1120, "count", "bình sữa", total=1946,
        subject="bình sữa tạm giữ", period=inh(CAMP)),
    fig("704 núm ti", "704", 704, "count", "núm ti", total=1946, subject="núm ti tạm giữ", period=inh(CAMP)),
    fig("122 máy hâm sữa", "122", 122, "count", "máy hâm sữa", total=1946,
        subject="máy hâm sữa tạm giữ", period=inh(CAMP)),
    fig("hơn 240 triệu", "240", 240e6, "money", "đồng", approx="over", status="estimate",
        subject="trị giá hàng tạm giữ", period=inh(CAMP)),
    fig("30.000-45.000", "30.000", 30000, "money", "đồng/chiếc", value_max=45000,
        subject="giá bình sữa nhựa PP không nhãn mác"),
    fig("dung tích 240 ml", "240", 240, "measure", "ml", subject="dung tích sản phẩm chính hãng", optional=True),
    fig("từ 180.000 đồng", "180.000", 180000, "money", "đồng", approx="at_least",
        subject="giá sản phẩm chính hãng"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="giá mua hàng qua mạng rẻ hơn"),
    fig("xử lý 58 vụ", "58", 58, "count", "vụ", change=chg("increase", 12, "vụ", "cùng kỳ"),
        subject="vụ vi phạm trong lĩnh vực đồ dùng trẻ em", period=H1),
    fig("nước 312 triệu", "312", 312e6, "money", "đồng", subject="thu nộp ngân sách nhà nước", period=H1),
    fig("ít nhất 120 cơ sở", "120", 120, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kiểm tra", period=YEAR),
]

NOTES = [
    "Provincial newspaper (Báo Hải Dương): 'Thứ sáu, 28/06/2024 15:12', headline figure, sapo, tag '(BHD) -', byline THÀNH NAM, related links.",
    "Distractors: 15:12, '\"Tháng hành động vì trẻ em\"', 'từ ngày 1 đến 25/6' (dates), PP (material), no numbers in the link titles;",
    "'Tuần lễ hàng Việt' in a link title.",
    "Sapo repeats the body's 43 and 17 with other nouns (cửa hàng / trường hợp): each is annotated at its own place.",
    "'Trong tháng 6' and 'từ ngày 1 đến 25/6' take 2024 from the dateline; 'cả năm' after '6 tháng đầu năm 2024' → 2024.",
    "'tạm giữ 1.946 sản phẩm gồm 1.120 bình sữa, 704 núm ti và 122 máy hâm sữa' → parts with total 1.946 (they add up).",
    "'ước tính hơn 240 triệu đồng' → estimate, over. 'từ 180.000 đồng trở lên' → at_least (trở lên = or more).",
    "'dung tích 240 ml' describes the product compared (a specification): optional.",
    "'giá rẻ hơn khoảng 40%' is the claim itself: percent figure, no change. 'tăng 12 vụ so với cùng kỳ' → change in vụ.",
]

if __name__ == "__main__":
    write("p1515-5", TEXT, NOTES, FIGS, published="2024-06-28", location="Hải Dương")
