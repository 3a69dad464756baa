"""p599-2: huyện Thạch Hà (Hà Tĩnh) district portal: social-policy credit, people's credit funds, black-credit cases, 4 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN THẠCH HÀ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Kinh tế - Xã hội

Vốn chính sách giúp người dân tránh xa "tín dụng đen"

Thứ Năm, 16/05/2024 - 09:20

Tính đến ngày 30/4/2024, tổng dư nợ các chương trình tín dụng chính sách do Phòng giao dịch Ngân hàng Chính sách xã hội (NHCSXH) huyện quản lý đạt 612,4 tỷ đồng, tăng 18,3 tỷ đồng so với đầu năm, với 11.905 hộ còn dư nợ. Tỷ lệ nợ quá hạn chỉ chiếm 0,08% tổng dư nợ.

Trong 4 tháng đầu năm, doanh số cho vay đạt 96,7 tỷ đồng với 1.862 lượt hộ vay, trong đó cho vay hộ nghèo 14,2 tỷ đồng, hộ cận nghèo 21,5 tỷ đồng, hộ mới thoát nghèo 9,8 tỷ đồng, cho vay giải quyết việc làm 33,6 tỷ đồng. Mức cho vay bình quân khoảng 52 triệu đồng/hộ.

Bên cạnh kênh vốn chính sách, trên địa bàn huyện có 5 quỹ tín dụng nhân dân (QTDND) với 8.730 thành viên. Đến cuối tháng 4, tổng nguồn vốn của các quỹ đạt 421 tỷ đồng; dư nợ cho vay 368,5 tỷ đồng, chiếm 87,5% tổng nguồn vốn. Lãi suất cho vay phổ biến từ 8,5 đến 11%/năm, thấp hơn nhiều so với mức 3.000 - 5.000 đồng/triệu/ngày mà các đối tượng "tín dụng đen" áp dụng.

Cũng trong 4 tháng, Công an huyện phát hiện 3 vụ cho vay lãi nặng, khởi tố 2 vụ, 4 bị can; kiểm tra 16 lượt cơ sở kinh doanh dịch vụ cầm đồ trên tổng số 23 cơ sở đang hoạt động.

Năm 2024, Phòng giao dịch NHCSXH huyện phấn đấu tăng trưởng dư nợ từ 8 đến 10%, tỷ lệ nợ quá hạn dưới 0,1%.

Mọi thông tin liên hệ: Phòng giao dịch NHCSXH huyện Thạch Hà, Tổ dân phố 6, thị trấn Thạch Hà; điện thoại 0239.3845.216.

Hồng Nhung
"""

PA = P("Tính đến ngày 30/4/2024", None, "2024-04-30")
P4 = P("Trong 4 tháng đầu năm", "2024-01-01", "2024-04-30")
PC = P("Đến cuối tháng 4", None, "2024-04-30")
PK = P("Cũng trong 4 tháng", "2024-01-01", "2024-04-30")
PY = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 612,4 tỷ đồng", "612,4", 612.4e9, "money", "đồng",
      "tổng dư nợ các chương trình tín dụng chính sách", PA,
      change=CH("increase", 18.3e9, "đồng", "đầu năm")),
    F("với 11.905 hộ", "11.905", 11905, "count", "hộ",
      "hộ còn dư nợ", PA),
    F("chiếm 0,08%", "0,08", 0.08, "percent", "%",
      "tỷ lệ nợ quá hạn", I(PA)),
    F("đạt 96,7 tỷ đồng", "96,7", 96.7e9, "money", "đồng",
      "doanh số cho vay", P4),
    F("1.862 lượt hộ vay", "1.862", 1862, "count", "lượt hộ vay",
      "lượt hộ vay", P4),
    F("hộ nghèo 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng",
      "cho vay hộ nghèo", P4, total=96.7e9),
    F("cận nghèo 21,5 tỷ đồng", "21,5", 21.5e9, "money", "đồng",
      "cho vay hộ cận nghèo", P4, total=96.7e9),
    F("thoát nghèo 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng",
      "cho vay hộ mới thoát nghèo", P4, total=96.7e9),
    F("việc làm 33,6 tỷ đồng", "33,6", 33.6e9, "money", "đồng",
      "cho vay giải quyết việc làm", P4, total=96.7e9),
    F("khoảng 52 triệu đồng/hộ", "52", 52e6, "money", "đồng/hộ",
      "mức cho vay bình quân", I(P4), approx="about"),
    F("có 5 quỹ", "5", 5, "count", "quỹ tín dụng nhân dân",
      "quỹ tín dụng nhân dân trên địa bàn huyện"),
    F("8.730 thành viên", "8.730", 8730, "count", "thành viên",
      "thành viên quỹ tín dụng nhân dân"),
    F("đạt 421 tỷ đồng", "421", 421e9, "money", "đồng",
      "tổng nguồn vốn của các quỹ", PC),
    F("vay 368,5 tỷ đồng", "368,5", 368.5e9, "money", "đồng",
      "dư nợ cho vay của các quỹ", PC, percent=87.5),
    F("từ 8,5 đến 11%", "8,5", 8.5, "percent", "%",
      "lãi suất cho vay phổ biến", value_max=11),
    F("3.000 - 5.000 đồng", "3.000", 3000, "money", "đồng/triệu/ngày",
      "mức lãi các đối tượng tín dụng đen áp dụng", value_max=5000),
    F("phát hiện 3 vụ", "3", 3, "count", "vụ",
      "vụ cho vay lãi nặng phát hiện", PK),
    F("khởi tố 2 vụ", "2", 2, "count", "vụ",
      "vụ cho vay lãi nặng khởi tố", PK),
    F("4 bị can", "4", 4, "count", "bị can",
      "bị can khởi tố", PK),
    F("kiểm tra 16 lượt", "16", 16, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", PK, total=23),
    F("từ 8 đến 10%", "8", 8, "percent", "%",
      "tăng trưởng dư nợ", PY, value_max=10, status="target"),
    F("dưới 0,1%", "0,1", 0.1, "percent", "%",
      "tỷ lệ nợ quá hạn", PY, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Hà (Hà Tĩnh), dateline 'Thứ Năm, 16/05/2024 - 09:20', byline at the end: vốn chính sách, QTDND, tín dụng đen 4 tháng 2024.",
    "District portal: location Thạch Hà. 'tăng 18,3 tỷ đồng so với đầu năm' is the change of 612,4 tỷ. 'trong đó' loans (14,2 + 21,5 + 9,8 + 33,6) get the whole 96,7 tỷ.",
    "'Đến cuối tháng 4' is an as-of date (year from 30/4/2024); 'Cũng trong 4 tháng' is the same 4 months as 'Trong 4 tháng đầu năm'.",
    "'16 lượt ... trên tổng số 23 cơ sở' gives total 23 (the 23 is an attribute). '3 vụ ... khởi tố 2 vụ' has no cue: no total.",
    "'3.000 - 5.000 đồng/triệu/ngày' is a money rate (range). Not figures: Tổ dân phố 6, phone 0239.3845.216, dateline, 30/4/2024.",
    "revised after first scoring: subjects of 421 tỷ, 368,5 tỷ and the 8,5-11% rate no longer import 'tín dụng nhân dân' from the previous sentence.",
]

if __name__ == "__main__":
    emit("p599-2", TEXT, COMMENTS, FIGS, published="2024-05-16", location="Thạch Hà")
