"""p956-1: province portal (Yên Bái), seedlings for spring planting 2024."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Yên Bái: Hơn 68 triệu cây giống sẵn sàng cho trồng rừng vụ xuân

Cập nhật: 12/03/2024 09:15 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 214 cơ sở sản xuất, kinh doanh giống cây trồng lâm nghiệp, trong đó 37 cơ sở đã được cấp chứng nhận nguồn giống theo quy định. Từ đầu năm 2024 đến nay, các vườn ươm đã sản xuất được hơn 68 triệu cây giống các loại, tăng 12,5% so với cùng kỳ năm 2023.

Trong tổng số cây giống, keo lai mô và keo hom chiếm khoảng 61%, quế đạt 17,4 triệu cây, còn lại là bồ đề, mỡ, sơn tra và các loài cây bản địa. Các địa phương có sản lượng cây giống lớn là huyện Văn Yên (21,3 triệu cây), Trấn Yên (14,8 triệu cây), Yên Bình (11,6 triệu cây) và Lục Yên (9,2 triệu cây).

Giá cây giống keo mô tại vườn dao động từ 1.200 đến 1.500 đồng/cây, cao hơn khoảng 300 đồng/cây so với năm trước; cây keo hom có giá 700-900 đồng/cây. Mỗi vườn ươm quy mô hộ gia đình tạo việc làm thường xuyên cho 3-5 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng.

Năm 2024, tỉnh phấn đấu trồng mới 15.000 ha rừng tập trung, trong đó 80% diện tích sử dụng giống đã được công nhận. Tính đến ngày 10/3, toàn tỉnh đã trồng được 4.350 ha, đạt 29% kế hoạch. Thực hiện Thông tư số 22/2021/TT-BNNPTNT, Chi cục Kiểm lâm đã kiểm tra 46 cơ sở, phát hiện 3 cơ sở vi phạm về nguồn gốc giống, xử phạt 42 triệu đồng.

Tin, ảnh: Thanh Tâm (Trung tâm Thông tin tỉnh)
"""

Y = "Yên Bái"
SINCE = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 10/3", None, "2024-03-10")

FIGS = [
    F("Hơn 68 triệu cây giống sẵn sàng", "68", 68e6, "count", "cây giống", approx="over",
      subject="cây giống sẵn sàng cho trồng rừng vụ xuân"),
    F("hiện có 214 cơ sở", "214", 214, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh giống cây trồng lâm nghiệp"),
    F("trong đó 37 cơ sở", "37", 37, "count", "cơ sở", total=214,
      subject="cơ sở được cấp chứng nhận nguồn giống"),
    F("được hơn 68 triệu cây", "68", 68e6, "count", "cây giống", approx="over",
      change=C("increase", 12.5, "%", "cùng kỳ năm 2023"),
      subject="cây giống các loại vườn ươm sản xuất", period=SINCE),
    F("chiếm khoảng 61%", "61", 61, "percent", "%", approx="about",
      subject="keo lai mô và keo hom trong tổng số cây giống", period=I(SINCE)),
    F("quế đạt 17,4 triệu cây", "17,4", 17.4e6, "count", "cây", total=68e6,
      subject="cây giống quế", period=I(SINCE)),
    F("Văn Yên (21,3 triệu cây)", "21,3", 21.3e6, "count", "cây",
      subject="sản lượng cây giống", period=I(SINCE), location="Văn Yên"),
    F("Trấn Yên (14,8 triệu cây)", "14,8", 14.8e6, "count", "cây",
      subject="sản lượng cây giống", period=I(SINCE), location="Trấn Yên"),
    F("Yên Bình (11,6 triệu cây)", "11,6", 11.6e6, "count", "cây",
      subject="sản lượng cây giống", period=I(SINCE), location="Yên Bình"),
    F("Lục Yên (9,2 triệu cây)", "9,2", 9.2e6, "count", "cây",
      subject="sản lượng cây giống", period=I(SINCE), location="Lục Yên"),
    F("từ 1.200 đến 1.500 đồng/cây", "1.200", 1200, "money", "đồng/cây", value_max=1500,
      change=C("increase", 300, "đồng/cây", "năm trước", approx="about"),
      subject="giá cây giống keo mô tại vườn"),
    F("giá 700-900 đồng/cây", "700", 700, "money", "đồng/cây", value_max=900,
      subject="giá cây keo hom"),
    F("cho 3-5 lao động", "3", 3, "count", "lao động", value_max=5,
      subject="lao động thường xuyên của mỗi vườn ươm quy mô hộ gia đình"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động vườn ươm"),
    F("trồng mới 15.000 ha", "15.000", 15000, "measure", "ha", status="target",
      subject="diện tích trồng mới rừng tập trung", period=Y24),
    F("trong đó 80% diện tích", "80", 80, "percent", "%", status="target",
      subject="diện tích trồng rừng sử dụng giống đã được công nhận", period=Y24),
    F("được 4.350 ha", "4.350", 4350, "measure", "ha", percent=29,
      subject="diện tích rừng đã trồng", period=ASOF),
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở",
      subject="cơ sở được Chi cục Kiểm lâm kiểm tra"),
    F("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở",
      subject="cơ sở vi phạm về nguồn gốc giống"),
    F("xử phạt 42 triệu đồng", "42", 42e6, "money", "đồng",
      subject="tiền xử phạt vi phạm về nguồn gốc giống"),
]

NOTES = [
    "Yên Bái province portal: seedlings for spring 2024 planting. Breadcrumb, 'Cập nhật: 12/03/2024 09:15 | Lượt xem: 2.316'.",
    "Distractors: Lượt xem 2.316, dateline time, Thông tư số 22/2021/TT-BNNPTNT, 'ngày 10/3' (as-of date only).",
    "'Trong tổng số cây giống, ... quế đạt 17,4 triệu cây' is a part of the 68 triệu after a sentence break (total 68e6);",
    "61% (no base amount) is a percent figure; the district list is a ranking that does not add up (no total), each item's place is its location.",
    "'cao hơn khoảng 300 đồng/cây so với năm trước' is the change of the price range; '3 cơ sở' has no part-of cue after the 46 (no total).",
]

if __name__ == "__main__":
    build("p956-1", TEXT, FIGS, NOTES, published="2024-03-12", location=Y)
