from lib import *

TEXT = """BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Xã hội

Hơn 2.300 tỷ đồng tiếp sức học sinh, sinh viên nghèo đến trường

Từ năm 2007 đến nay, Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh Nghệ An đã cho vay 2.318 tỷ đồng đối với 168.540 lượt học sinh, sinh viên có hoàn cảnh khó khăn.

Theo Quyết định số 05/2022/QĐ-TTg, mức cho vay tối đa hiện nay là 4 triệu đồng/tháng/học sinh, sinh viên, lãi suất 6,6%/năm. Tính đến 31/7/2024, dư nợ chương trình đạt 142,7 tỷ đồng, giảm 11,3 tỷ đồng so với đầu năm, với 4.365 hộ vay còn dư nợ. Dư nợ giảm do nhiều sinh viên ra trường đã trả nợ trước hạn.

Trong 7 tháng đầu năm 2024, Chi nhánh đã giải ngân 18,6 tỷ đồng, đạt 62% kế hoạch, cho 1.140 học sinh, sinh viên. Tỷ lệ thu nợ đến hạn đạt 97,8%; nợ quá hạn chỉ chiếm 0,08% dư nợ. Các huyện có dư nợ lớn là Yên Thành, Diễn Châu và Quỳnh Lưu, với dư nợ lần lượt 12,4 tỷ đồng, 10,9 tỷ đồng và 9,7 tỷ đồng.

Em Nguyễn Thị Mai (xóm 7, xã Thanh Lĩnh, huyện Thanh Chương) là sinh viên năm thứ 3 Trường Đại học Vinh. Bố mất sớm, mẹ làm nông, nhà có 4 anh chị em đang đi học. Nhờ khoản vay 48 triệu đồng từ NHCSXH, Mai yên tâm học tập và năm nào cũng đạt học bổng.

Giám đốc Chi nhánh NHCSXH tỉnh cho biết, năm học 2024-2025 dự kiến có khoảng 2.500 học sinh, sinh viên có nhu cầu vay vốn với số tiền khoảng 45 tỷ đồng. Chi nhánh đã đề nghị NHCSXH Trung ương bổ sung nguồn vốn để giải ngân kịp thời ngay từ đầu năm học.

Thanh Lê

20/08/2024
"""

SINCE = P("Từ năm 2007 đến nay", "2007-01-01", "2024-08-20")
A31 = P("Tính đến 31/7/2024", None, "2024-07-31")
M7 = P("Trong 7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
B = 1e9
M = 1e6

FIGS = [
    F("Hơn 2.300 tỷ đồng", "2.300", 2300 * B, "money", "đồng", "vốn cho vay học sinh, sinh viên nghèo", I(SINCE), approx="over"),
    F("cho vay 2.318 tỷ đồng", "2.318", 2318 * B, "money", "đồng",
      "vốn cho vay học sinh, sinh viên có hoàn cảnh khó khăn", SINCE),
    F("với 168.540 lượt", "168.540", 168540, "count", "lượt học sinh, sinh viên",
      "lượt học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn", SINCE),
    F("là 4 triệu đồng/tháng", "4", 4 * M, "money", "đồng/tháng/học sinh, sinh viên", "mức cho vay tối đa", approx="at_most"),
    F("lãi suất 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay"),
    F("đạt 142,7 tỷ đồng", "142,7", 142.7 * B, "money", "đồng", "dư nợ chương trình cho vay học sinh, sinh viên", A31,
      change=CH("decrease", 11.3 * B, "đồng", "đầu năm")),
    F("với 4.365 hộ vay", "4.365", 4365, "count", "hộ vay", "hộ vay còn dư nợ", A31),
    F("giải ngân 18,6 tỷ đồng", "18,6", 18.6 * B, "money", "đồng", "giải ngân cho vay học sinh, sinh viên", M7, percent=62),
    F("cho 1.140 học sinh", "1.140", 1140, "count", "học sinh, sinh viên", "học sinh, sinh viên được giải ngân", M7),
    F("đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ thu nợ đến hạn", I(M7)),
    F("chiếm 0,08%", "0,08", 0.08, "percent", "%", "nợ quá hạn trong dư nợ", I(M7)),
    F("lần lượt 12,4 tỷ đồng", "12,4", 12.4 * B, "money", "đồng", "dư nợ", I(A31), location="Yên Thành"),
    F(", 10,9 tỷ đồng", "10,9", 10.9 * B, "money", "đồng", "dư nợ", I(A31), location="Diễn Châu"),
    F("và 9,7 tỷ đồng", "9,7", 9.7 * B, "money", "đồng", "dư nợ", I(A31), location="Quỳnh Lưu"),
    F("có 4 anh chị em", "4", 4, "count", "anh chị em", "anh chị em đang đi học trong gia đình em Nguyễn Thị Mai",
      location="Thanh Chương"),
    F("vay 48 triệu đồng", "48", 48 * M, "money", "đồng", "khoản vay của em Nguyễn Thị Mai từ NHCSXH",
      location="Thanh Chương"),
    F("khoảng 2.500 học sinh", "2.500", 2500, "count", "học sinh, sinh viên", "học sinh, sinh viên có nhu cầu vay vốn",
      approx="about", status="forecast"),
    F("khoảng 45 tỷ đồng", "45", 45 * B, "money", "đồng", "số tiền học sinh, sinh viên có nhu cầu vay",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): cho vay học sinh, sinh viên — lũy kế từ 2007, dư nợ đến 31/7/2024, 7 tháng 2024; byline and bare date at the end.",
    "The article's date is the '20/08/2024' after the byline 'Thanh Lê'; 'Từ năm 2007 đến nay' ends there.",
    "Distractors: Quyết định số 05/2022/QĐ-TTg, 'xóm 7', 'năm thứ 3' (ordinal), 'Trường Đại học Vinh', 'năm học 2024-2025', 'năm 2007'.",
    "Loan ceiling '4 triệu đồng/tháng/học sinh, sinh viên' is money (at_most) with the whole rate in the unit; 'lãi suất 6,6%/năm' is percent '%'.",
    "'lần lượt 12,4 …, 10,9 … và 9,7 tỷ đồng' → three figures, one location each. Mai's family figures take her district (Thanh Chương).",
    "'năm học 2024-2025' is a school year, a period FIGURES.md does not define: no period given (unscored). 'dự kiến' → forecast for both figures.",
    "'đạt 62% kế hoạch' stands right after the 18,6 tỷ disbursed: its percent.",
]

if __name__ == "__main__":
    emit("p567-5", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Nghệ An")
