from lib import *

TEXT = """Kinh doanh › Ngân hàng
Thứ ba, 8/10/2024, 06:00 (GMT+7)

Hơn 620.000 lao động được vay vốn tạo việc làm trong 9 tháng

Doanh số cho vay giải quyết việc làm 9 tháng qua đạt 27.450 tỷ đồng, tăng 18,5% so với cùng kỳ năm ngoái, theo Ngân hàng Chính sách xã hội (NHCSXH).

Số vốn trên giúp tạo việc làm cho hơn 620.000 lao động, trong đó có 11.900 người đi làm việc ở nước ngoài theo hợp đồng với số tiền vay 1.480 tỷ đồng. Tính đến 30/9, dư nợ chương trình cho vay giải quyết việc làm đạt 112.300 tỷ đồng, chiếm khoảng 30% tổng dư nợ của NHCSXH, với hơn 1,9 triệu khách hàng còn dư nợ.

Theo Nghị định 74/2019/NĐ-CP và Nghị định 104/2022/NĐ-CP sửa đổi Nghị định 61/2015/NĐ-CP, người lao động được vay tối đa 100 triệu đồng; cơ sở sản xuất kinh doanh được vay tối đa 2 tỷ đồng/dự án và không quá 100 triệu đồng/người lao động được tạo việc làm. Lãi suất cho vay là 6,6%/năm; người lao động là người dân tộc thiểu số, người khuyết tật được vay với lãi suất bằng 50% lãi suất thông thường, tức 3,3%/năm.

Khảo sát của NHCSXH tại 12 tỉnh cho thấy từ 30 đến 40% hộ vay đã mở rộng quy mô sản xuất, thu nhập bình quân tăng 1,5 lần so với trước khi vay.

Ông Dương Quyết Thắng, Tổng giám đốc NHCSXH, cho biết năm 2025 ngân hàng dự kiến dành khoảng 38.000 tỷ đồng cho vay giải quyết việc làm, hỗ trợ khoảng 850.000 lao động. Người dân cần hướng dẫn có thể liên hệ đường dây nóng 024.3641.7172.

Minh Sơn
"""

N9 = P("9 tháng qua", "2024-01-01", "2024-09-30")
A30 = P("Tính đến 30/9", None, "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
B = 1e9
M = 1e6

FIGS = [
    F("Hơn 620.000 lao động", "620.000", 620000, "count", "lao động", "lao động được vay vốn tạo việc làm",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("đạt 27.450 tỷ đồng", "27.450", 27450 * B, "money", "đồng", "doanh số cho vay giải quyết việc làm", N9,
      change=CH("increase", 18.5, "%", "cùng kỳ năm ngoái")),
    F("hơn 620.000 lao động", "620.000", 620000, "count", "lao động", "lao động được tạo việc làm", I(N9), approx="over"),
    F("có 11.900 người", "11.900", 11900, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng", I(N9),
      total=620000),
    F("vay 1.480 tỷ đồng", "1.480", 1480 * B, "money", "đồng", "số tiền vay đi làm việc ở nước ngoài theo hợp đồng", I(N9)),
    F("đạt 112.300 tỷ đồng", "112.300", 112300 * B, "money", "đồng", "dư nợ chương trình cho vay giải quyết việc làm", A30,
      percent=30),
    F("hơn 1,9 triệu khách hàng", "1,9", 1.9e6, "count", "khách hàng", "khách hàng còn dư nợ", A30, approx="over"),
    F("vay tối đa 100 triệu đồng;", "100", 100 * M, "money", "đồng", "mức vay tối đa của người lao động", approx="at_most"),
    F("tối đa 2 tỷ đồng/dự án", "2", 2 * B, "money", "đồng/dự án", "mức vay tối đa của cơ sở sản xuất kinh doanh",
      approx="at_most"),
    F("không quá 100 triệu đồng/người", "100", 100 * M, "money", "đồng/người lao động",
      "mức vay của cơ sở sản xuất kinh doanh cho mỗi người lao động được tạo việc làm", approx="at_most"),
    F("là 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay"),
    F("bằng 50% lãi suất", "50", 50, "percent", "%",
      "lãi suất cho vay người dân tộc thiểu số, người khuyết tật so với lãi suất thông thường"),
    F("tức 3,3%/năm", "3,3", 3.3, "percent", "%", "lãi suất cho vay người dân tộc thiểu số, người khuyết tật"),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh được NHCSXH khảo sát"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "hộ vay đã mở rộng quy mô sản xuất", value_max=40),
    F("tăng 1,5 lần", "1,5", 1.5, "multiple", "lần", "thu nhập bình quân của hộ vay so với trước khi vay"),
    F("khoảng 38.000 tỷ đồng", "38.000", 38000 * B, "money", "đồng", "vốn cho vay giải quyết việc làm", Y25,
      approx="about", status="forecast"),
    F("khoảng 850.000 lao động", "850.000", 850000, "count", "lao động", "lao động được hỗ trợ", Y25,
      approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ ba, 8/10/2024, 06:00 (GMT+7)'): NHCSXH cho vay giải quyết việc làm 9 tháng 2024, national figures.",
    "Distractors: Nghị định 74/2019/NĐ-CP, 104/2022/NĐ-CP, 61/2015/NĐ-CP; hotline 024.3641.7172; (GMT+7); 06:00.",
    "'9 tháng' / '9 tháng qua' take the dateline's year 2024; 'Tính đến 30/9' likewise (as-of, start null).",
    "11.900 người is a 'trong đó' part of 'hơn 620.000 lao động'; the 1.480 tỷ loaned to them has no cue to the 27.450 tỷ whole (no total).",
    "'chiếm khoảng 30% tổng dư nợ' is the percent of the 112.300 tỷ (the 'khoảng' qualifies the share, not the money).",
    "Policy ceilings are money figures with at_most; per-project / per-worker rates keep the denominator in the unit.",
    "'lãi suất bằng 50% lãi suất thông thường, tức 3,3%/năm': two percent figures (a share standing for the rate, and the rate itself).",
    "'thu nhập bình quân tăng 1,5 lần so với trước khi vay' has no base amount: the multiple is the claim (kind multiple, no change).",
    "'dự kiến' governs both 2025 figures (forecast).",
]

if __name__ == "__main__":
    emit("p567-6", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
