from lib import F, P, C, T, build

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế

Hơn 9.200 lao động được tạo việc làm từ vốn vay ưu đãi

Thu Hà 12/07/2024 07:30

BẮC GIANG - Sáu tháng đầu năm 2024, Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã giải ngân 486,3 tỷ đồng cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm, tăng 12,5% so với cùng kỳ năm 2023, giúp hơn 9.200 lao động có việc làm mới hoặc duy trì việc làm.

Hiện dư nợ chương trình cho vay giải quyết việc làm đạt 2.134 tỷ đồng, chiếm 31,7% tổng dư nợ của chi nhánh, với gần 24.600 khách hàng còn dư nợ. Trong đó, dư nợ cho vay từ nguồn vốn ngân sách địa phương ủy thác là 386,2 tỷ đồng.

Các huyện có doanh số cho vay giải quyết việc làm lớn trong 6 tháng đầu năm là: Lục Ngạn 68,4 tỷ đồng, Yên Thế 55,1 tỷ đồng, Lạng Giang 49,7 tỷ đồng và Tân Yên 46,2 tỷ đồng. Thị xã Việt Yên và huyện Hiệp Hòa lần lượt đạt 41,8 tỷ đồng và 40,3 tỷ đồng.

Đối với chương trình cho vay người lao động đi làm việc ở nước ngoài theo hợp đồng, từ đầu năm đến nay, chi nhánh đã cho 735 lao động vay với số tiền 73,9 tỷ đồng; mức vay bình quân khoảng 100 triệu đồng/lao động. Thị trường chủ yếu là Hàn Quốc, Nhật Bản và Đài Loan (Trung Quốc).

Theo Nghị định số 74/2019/NĐ-CP và Nghị định số 104/2022/NĐ-CP, mức cho vay tối đa đối với cơ sở sản xuất, kinh doanh là 2 tỷ đồng/dự án và không quá 100 triệu đồng đối với người lao động. Lãi suất cho vay hiện hành là 6,6%/năm.

Năm 2024, chi nhánh phấn đấu cho vay tạo việc làm cho khoảng 16.000 lao động, tỷ lệ nợ quá hạn của chương trình dưới 0,2%. Hiện nay, tỷ lệ này mới ở mức 0,14%.

Liên hệ tòa soạn: số 52 đường Nguyễn Văn Cừ, TP Bắc Giang.
"""

HEADER = """Party newspaper (Báo Bắc Giang); byline and bare dateline 'Thu Hà 12/07/2024 07:30'. Loans for jobs, 6 months 2024.
Distractors: Nghị định số 74/2019/NĐ-CP, 104/2022/NĐ-CP, address 'số 52 đường Nguyễn Văn Cừ'. Foreign markets are not places of figures.
List after 'là:' of districts: each item a figure, location = district, subject the list's indicator, period '6 tháng đầu năm' (2024).
'lần lượt đạt 41,8 … và 40,3 …' maps to Việt Yên and Hiệp Hòa in order; their period is in the previous sentence (inherited).
'Trong đó, ... 386,2 tỷ' is a part of 2.134 tỷ (the money whole, not the nearer 24.600 khách hàng). 'Hiện'/'Hiện nay' give no period.
Regulatory ceilings (tối đa 2 tỷ đồng/dự án, không quá 100 triệu đồng) are thresholds: optional. The interest rate 6,6%/năm is a percent figure.
The title figure (no period in its line) takes the lead's period as inherited."""

H6 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H6b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6bi = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
S_L = "doanh số cho vay giải quyết việc làm"

FIGS = [
    F("Hơn 9.200 lao động", "9.200", 9200, "count", "lao động", "lao động được tạo việc làm từ vốn vay ưu đãi",
      approx="over", period=H6i),
    F("giải ngân 486,3 tỷ đồng", "486,3", 486.3e9, "money", "đồng",
      "giải ngân cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm",
      change=C("increase", 12.5, "%", "cùng kỳ năm 2023"), period=H6),
    F("giúp hơn 9.200 lao động", "9.200", 9200, "count", "lao động", "lao động có việc làm mới hoặc duy trì việc làm",
      approx="over", period=H6),
    F("đạt 2.134 tỷ đồng", "2.134", 2134e9, "money", "đồng", "dư nợ chương trình cho vay giải quyết việc làm",
      percent=31.7),
    F("gần 24.600 khách hàng", "24.600", 24600, "count", "khách hàng", "khách hàng còn dư nợ", approx="nearly"),
    F("là 386,2 tỷ đồng", "386,2", 386.2e9, "money", "đồng", "dư nợ cho vay từ nguồn vốn ngân sách địa phương ủy thác",
      total=2134e9),
    F("Lục Ngạn 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng", S_L, location="Lục Ngạn", period=H6b),
    F("Yên Thế 55,1 tỷ đồng", "55,1", 55.1e9, "money", "đồng", S_L, location="Yên Thế", period=H6b),
    F("Lạng Giang 49,7 tỷ đồng", "49,7", 49.7e9, "money", "đồng", S_L, location="Lạng Giang", period=H6b),
    F("Tân Yên 46,2 tỷ đồng", "46,2", 46.2e9, "money", "đồng", S_L, location="Tân Yên", period=H6b),
    F("đạt 41,8 tỷ đồng", "41,8", 41.8e9, "money", "đồng", S_L, location="Việt Yên", period=H6bi),
    F("và 40,3 tỷ đồng", "40,3", 40.3e9, "money", "đồng", S_L, location="Hiệp Hòa", period=H6bi),
    F("cho 735 lao động", "735", 735, "count", "lao động", "lao động đi làm việc ở nước ngoài theo hợp đồng được vay vốn",
      period=YTD),
    F("tiền 73,9 tỷ đồng", "73,9", 73.9e9, "money", "đồng", "số tiền cho vay người lao động đi làm việc ở nước ngoài",
      period=YTD),
    F("khoảng 100 triệu đồng/lao động", "100", 100e6, "money", "đồng/lao động", "mức vay bình quân", approx="about",
      period=YTD),
    F("là 2 tỷ đồng/dự án", "2", 2e9, "money", "đồng/dự án", "mức cho vay tối đa đối với cơ sở sản xuất, kinh doanh",
      optional=True),
    F("không quá 100 triệu đồng", "100", 100e6, "money", "đồng", "mức cho vay đối với người lao động", approx="at_most",
      optional=True),
    F("là 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay"),
    F("khoảng 16.000 lao động", "16.000", 16000, "count", "lao động", "lao động được cho vay tạo việc làm",
      approx="about", status="target", period=Y24),
    F("dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ nợ quá hạn của chương trình", approx="under", status="target",
      period=Y24),
    F("mức 0,14%", "0,14", 0.14, "percent", "%", "tỷ lệ nợ quá hạn của chương trình"),
]

build("p239-3", TEXT, HEADER, FIGS, published="2024-07-12", location="Bắc Giang")
