"""p663-2: huyện Hoằng Hóa district portal — vocational training and jobs for người khuyết tật, H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA
Tin tức > Lao động - Việc làm

Hoằng Hóa: 215 người khuyết tật được học nghề trong 6 tháng đầu năm

Ngày đăng: 12/07/2024 | Người viết: Lê Minh Hằng

6 tháng đầu năm 2024, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 9 lớp đào tạo nghề cho 215 người khuyết tật, đạt 71,7% kế hoạch năm, tăng 18,2% so với cùng kỳ. Trong đó, nghề may công nghiệp 96 người, mây tre đan 64 người, sửa chữa điện thoại 32 người và trồng nấm 23 người.

Học viên được hỗ trợ tiền ăn 30.000 đồng/ngày thực học và tiền đi lại 200.000 đồng/khóa học. Tổng kinh phí thực hiện là 645,5 triệu đồng, trong đó ngân sách tỉnh 420 triệu đồng, ngân sách huyện 225,5 triệu đồng.

Sau học nghề, 162 người khuyết tật đã có việc làm, chiếm 75,3% số học viên, thu nhập bình quân từ 3,5 đến 4,2 triệu đồng/người/tháng. Tỷ lệ có việc làm của học viên nghề may công nghiệp và mây tre đan lần lượt là 87,5% và 81,3%.

Cũng trong 6 tháng đầu năm, Ngân hàng Chính sách xã hội huyện giải ngân 1,86 tỷ đồng cho 37 hộ có người khuyết tật vay vốn tạo việc làm, mức vay tối đa 100 triệu đồng/hộ.

Năm 2024, huyện phấn đấu đào tạo nghề cho 300 người khuyết tật, giải quyết việc làm cho ít nhất 220 người. Người có nhu cầu học nghề liên hệ Trung tâm tại Tiểu khu 3, thị trấn Bút Sơn, điện thoại 0237.3865.102.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hoằng Hóa: 215 người", "215", 215, "count", "người khuyết tật",
      "người khuyết tật được học nghề",
      P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("mở 9 lớp", "9", 9, "count", "lớp",
      "lớp đào tạo nghề cho người khuyết tật", H1),
    F("cho 215 người khuyết tật, đạt", "215", 215, "count", "người khuyết tật",
      "người khuyết tật được đào tạo nghề", H1, percent=71.7,
      change=CH("increase", 18.2, "%", "cùng kỳ")),
    F("may công nghiệp 96 người", "96", 96, "count", "người",
      "người khuyết tật học nghề may công nghiệp", I(H1), total=215),
    F("mây tre đan 64 người", "64", 64, "count", "người",
      "người khuyết tật học nghề mây tre đan", I(H1), total=215),
    F("điện thoại 32 người", "32", 32, "count", "người",
      "người khuyết tật học nghề sửa chữa điện thoại", I(H1), total=215),
    F("trồng nấm 23 người", "23", 23, "count", "người",
      "người khuyết tật học nghề trồng nấm", I(H1), total=215),
    F("30.000 đồng/ngày", "30.000", 30000, "money", "đồng/ngày",
      "tiền ăn hỗ trợ học viên"),
    F("200.000 đồng/khóa học", "200.000", 200000, "money", "đồng/khóa học",
      "tiền đi lại hỗ trợ học viên"),
    F("là 645,5 triệu đồng", "645,5", 645.5e6, "money", "đồng",
      "tổng kinh phí thực hiện đào tạo nghề", I(H1)),
    F("tỉnh 420 triệu đồng", "420", 420e6, "money", "đồng",
      "ngân sách tỉnh", I(H1), total=645.5e6),
    F("huyện 225,5 triệu đồng", "225,5", 225.5e6, "money", "đồng",
      "ngân sách huyện", I(H1), total=645.5e6),
    F("162 người khuyết tật", "162", 162, "count", "người khuyết tật",
      "người khuyết tật có việc làm sau học nghề", percent=75.3),
    F("từ 3,5 đến 4,2 triệu", "3,5", 3.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân", value_max=4.2e6),
    F("là 87,5%", "87,5", 87.5, "percent", "%",
      "tỷ lệ có việc làm của học viên nghề may công nghiệp"),
    F("và 81,3%", "81,3", 81.3, "percent", "%",
      "tỷ lệ có việc làm của học viên nghề mây tre đan"),
    F("giải ngân 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng",
      "vốn Ngân hàng Chính sách xã hội giải ngân cho hộ có người khuyết tật vay",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("cho 37 hộ", "37", 37, "count", "hộ",
      "hộ có người khuyết tật vay vốn tạo việc làm",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tối đa 100 triệu đồng/hộ", "100", 100e6, "money", "đồng/hộ",
      "mức vay", approx="at_most"),
    F("cho 300 người khuyết tật", "300", 300, "count", "người khuyết tật",
      "người khuyết tật được đào tạo nghề", Y24, status="target"),
    F("ít nhất 220 người", "220", 220, "count", "người",
      "người khuyết tật được giải quyết việc làm", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (huyện Hoằng Hóa, Thanh Hóa): học nghề, việc làm, vốn vay cho người khuyết tật, 6 tháng đầu năm 2024.",
    "Dateline 'Ngày đăng: 12/07/2024'. The headline's year-less '6 tháng đầu năm' takes 2024 from the dateline.",
    "Not figures: 'Tiểu khu 3', phone 0237.3865.102, the dateline. Location is the district for every figure.",
    "Trade parts after 'Trong đó' take the whole 215; the two budget parts after 'trong đó' take 645,5 triệu đồng.",
    "'chiếm 75,3% số học viên' is the percent of 162 (no number for the whole in the cue, so no total).",
    "'phấn đấu ... cho 300 ..., ... ít nhất 220 người': both targets (the cue continues into the second clause).",
]

if __name__ == "__main__":
    emit("p663-2", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Hoằng Hóa")
