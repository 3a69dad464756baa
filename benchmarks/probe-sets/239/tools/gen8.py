from lib import F, P, C, T, build

TEXT = """BÁO CAO BẰNG ĐIỆN TỬ
Ngày đăng: 05/09/2024

Bảo Lạc: Vốn vay nước sạch thay đổi diện mạo vùng cao

(BCB) - Giai đoạn 2021-2025, Phòng giao dịch Ngân hàng Chính sách xã hội (NHCSXH) huyện Bảo Lạc được giao kế hoạch cho vay chương trình nước sạch và vệ sinh môi trường nông thôn 48 tỷ đồng. Từ năm 2021 đến nay, đơn vị đã giải ngân 39,6 tỷ đồng, đạt 82,5% kế hoạch, giúp 2.640 hộ xây dựng công trình cấp nước sạch và 1.870 công trình nhà tiêu hợp vệ sinh.

Tính đến 31/8/2024, dư nợ chương trình toàn huyện đạt 36,2 tỷ đồng với 1.958 hộ còn dư nợ, tăng 4,1 tỷ đồng so với cuối năm 2023; không phát sinh nợ quá hạn.

Nhờ nguồn vốn này, tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh của huyện đã tăng từ 78,3% năm 2020 lên 91,6% năm 2023. 6 tháng đầu năm 2024, tỷ lệ này ước đạt 92,4%.

Gia đình anh Hoàng Văn Sình ở xóm Nặm Đông, xã Hưng Đạo là một ví dụ. Năm 2022, anh được vay 20 triệu đồng làm bể chứa nước dung tích 6 m3 và nhà tiêu tự hoại, giúp cả nhà 5 người có nước sinh hoạt quanh năm.

Bên cạnh đó, thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, từ đầu năm đến nay, ngân hàng đã cho 214 hộ đồng bào dân tộc thiểu số vay hỗ trợ đất ở, nhà ở với số tiền 8,56 tỷ đồng, mức vay 40 triệu đồng/hộ.

Toàn huyện hiện có 17 điểm giao dịch xã, thị trấn và 142 tổ tiết kiệm và vay vốn, trong đó 128 tổ đạt loại tốt.

Huyện phấn đấu đến cuối năm 2025 có 95% hộ dân nông thôn được sử dụng nước hợp vệ sinh, trong đó khoảng 60% sử dụng nước sạch đạt quy chuẩn.

Nông Tùng - Trung tâm VH-TT&TT huyện Bảo Lạc
"""

HEADER = """Party newspaper (Báo Cao Bằng), 'Ngày đăng: 05/09/2024' without time, byline at the end; district Bảo Lạc (location).
Distractors: Quyết định số 1719/QĐ-TTg, address 'xóm Nặm Đông, xã Hưng Đạo', person's name, 'Trung tâm VH-TT&TT'.
48 tỷ is the plan for 2021-2025 (status target). 39,6 tỷ 'đạt 82,5% kế hoạch' → percent 82.5 (plan stands as its own figure).
'dư nợ … 36,2 tỷ đồng với 1.958 hộ còn dư nợ, tăng 4,1 tỷ đồng so với cuối năm 2023': the change (đồng) belongs to 36,2 tỷ across the clause.
'tăng từ 78,3% năm 2020 lên 91,6% năm 2023': two figures, each with its own year; no change value is stated.
'ước đạt 92,4%' estimate. The household anecdote: 20 triệu đồng (loan, 2022), '6 m3' tank volume (measure) and 'cả nhà 5 người' (optional).
'trong đó 128 tổ' total 142. Target 95% and 'trong đó khoảng 60%' (part of the target's households: total 95, status target)."""

FR = P("Từ năm 2021 đến nay", "2021-01-01", "2024-09-05")
AS = P("Tính đến 31/8/2024", None, "2024-08-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-05")
TG = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("nông thôn 48 tỷ đồng", "48", 48e9, "money", "đồng",
      "kế hoạch cho vay chương trình nước sạch và vệ sinh môi trường nông thôn", status="target",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("giải ngân 39,6 tỷ đồng", "39,6", 39.6e9, "money", "đồng", "giải ngân chương trình nước sạch", percent=82.5,
      period=FR),
    F("giúp 2.640 hộ", "2.640", 2640, "count", "hộ", "hộ xây dựng công trình cấp nước sạch", period=FR),
    F("và 1.870 công trình", "1.870", 1870, "count", "công trình", "công trình nhà tiêu hợp vệ sinh", period=FR),
    F("đạt 36,2 tỷ đồng", "36,2", 36.2e9, "money", "đồng", "dư nợ chương trình toàn huyện",
      change=C("increase", 4.1e9, "đồng", "cuối năm 2023"), period=AS),
    F("với 1.958 hộ", "1.958", 1958, "count", "hộ", "hộ còn dư nợ", period=AS),
    F("từ 78,3% năm 2020", "78,3", 78.3, "percent", "%", "tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh",
      period=P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 91,6% năm 2023", "91,6", 91.6, "percent", "%", "tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh",
      status="estimate", period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("vay 20 triệu đồng", "20", 20e6, "money", "đồng", "khoản vay làm bể chứa nước và nhà tiêu tự hoại",
      period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("dung tích 6 m3", "6", 6, "measure", "m3", "dung tích bể chứa nước", period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("cả nhà 5 người", "5", 5, "count", "người", "thành viên gia đình", optional=True),
    F("cho 214 hộ", "214", 214, "count", "hộ", "hộ đồng bào dân tộc thiểu số vay hỗ trợ đất ở, nhà ở", period=YTD),
    F("tiền 8,56 tỷ đồng", "8,56", 8.56e9, "money", "đồng", "số tiền cho vay hỗ trợ đất ở, nhà ở", period=YTD),
    F("mức vay 40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "mức vay", period=YTD),
    F("có 17 điểm", "17", 17, "count", "điểm giao dịch", "điểm giao dịch xã, thị trấn"),
    F("142 tổ", "142", 142, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn"),
    F("128 tổ", "128", 128, "count", "tổ", "tổ đạt loại tốt", total=142),
    F("có 95% hộ", "95", 95, "percent", "%", "hộ dân nông thôn được sử dụng nước hợp vệ sinh", status="target",
      period=TG),
    F("khoảng 60%", "60", 60, "percent", "%", "hộ sử dụng nước sạch đạt quy chuẩn", approx="about", total=95,
      status="target", period=TG),
]

build("p239-8", TEXT, HEADER, FIGS, published="2024-09-05", location="Bảo Lạc")
