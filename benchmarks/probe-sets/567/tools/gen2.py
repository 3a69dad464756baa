from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Tin tức - Sự kiện | Kinh tế - Xã hội

Vốn vay nước sạch đến với hơn 1.700 hộ dân vùng cao

Thứ Năm, 12/09/2024 - 14:20

Thực hiện Quyết định số 62/2004/QĐ-TTg của Thủ tướng Chính phủ về tín dụng thực hiện chiến lược quốc gia cấp nước sạch và vệ sinh môi trường nông thôn, những năm qua Phòng Giao dịch Ngân hàng Chính sách xã hội (NHCSXH) huyện Mèo Vạc đã ưu tiên nguồn vốn cho các xã dọc Quốc lộ 4C và vùng núi đá.

Tính đến hết tháng 8/2024, dư nợ chương trình cho vay nước sạch và vệ sinh môi trường nông thôn của Phòng Giao dịch đạt 38,6 tỷ đồng, tăng 4,2 tỷ đồng so với cùng kỳ năm 2023, với 1.742 khách hàng còn dư nợ. Riêng 8 tháng đầu năm, đơn vị đã giải ngân 7,35 tỷ đồng cho 312 hộ vay để xây dựng 296 công trình nước sạch và 187 nhà tiêu hợp vệ sinh. Dư nợ lớn nhất thuộc về các xã Pải Lủng (4,1 tỷ đồng), Tát Ngà (3,8 tỷ đồng) và Niêm Sơn (3,2 tỷ đồng).

Theo quy định hiện hành, mức cho vay tối đa là 25 triệu đồng/công trình, lãi suất 9%/năm, thời hạn cho vay tối đa 5 năm. Gia đình anh Sùng Mí Chứ ở thôn Mã Lủng, xã Pải Lủng vay 20 triệu đồng xây bể chứa nước 10 m3, đủ dùng cho cả mùa khô.

Nhờ nguồn vốn ưu đãi, tỷ lệ hộ dân nông thôn trên địa bàn huyện được sử dụng nước hợp vệ sinh đã tăng từ 78,5% năm 2020 lên 91,2% hiện nay. Năm 2024, Phòng Giao dịch được giao kế hoạch tăng trưởng dư nợ chương trình nước sạch 5,5 tỷ đồng. Từ đầu năm đến nay, đơn vị đã tăng trưởng 3,9 tỷ đồng, đạt 70,9% kế hoạch; phấn đấu đến năm 2025 tỷ lệ hộ sử dụng nước hợp vệ sinh đạt 95%.

Nguồn: Phòng Văn hóa và Thông tin huyện Mèo Vạc - Tổ 3, thị trấn Mèo Vạc - ĐT: 0219.3871.166
"""

A8 = P("Tính đến hết tháng 8/2024", None, "2024-08-31")
M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
B = 1e9
M = 1e6

FIGS = [
    F("hơn 1.700 hộ", "1.700", 1700, "count", "hộ dân", "hộ dân vùng cao được vay vốn nước sạch", I(A8), approx="over"),
    F("đạt 38,6 tỷ đồng", "38,6", 38.6 * B, "money", "đồng",
      "dư nợ chương trình cho vay nước sạch và vệ sinh môi trường nông thôn", A8,
      change=CH("increase", 4.2 * B, "đồng", "cùng kỳ năm 2023")),
    F("với 1.742 khách hàng", "1.742", 1742, "count", "khách hàng", "khách hàng còn dư nợ", A8),
    F("giải ngân 7,35 tỷ đồng", "7,35", 7.35 * B, "money", "đồng",
      "giải ngân cho vay xây dựng công trình nước sạch và nhà tiêu hợp vệ sinh", M8),
    F("cho 312 hộ", "312", 312, "count", "hộ vay", "hộ vay", M8),
    F("xây dựng 296 công trình", "296", 296, "count", "công trình nước sạch", "công trình nước sạch", M8),
    F("và 187 nhà tiêu", "187", 187, "count", "nhà tiêu", "nhà tiêu hợp vệ sinh", M8),
    F("Pải Lủng (4,1 tỷ đồng)", "4,1", 4.1 * B, "money", "đồng", "dư nợ lớn nhất các xã", I(A8)),
    F("Tát Ngà (3,8 tỷ đồng)", "3,8", 3.8 * B, "money", "đồng", "dư nợ lớn nhất các xã", I(A8)),
    F("Niêm Sơn (3,2 tỷ đồng)", "3,2", 3.2 * B, "money", "đồng", "dư nợ lớn nhất các xã", I(A8)),
    F("tối đa là 25 triệu đồng/công trình", "25", 25 * M, "money", "đồng/công trình", "mức cho vay tối đa", approx="at_most"),
    F("lãi suất 9%/năm", "9", 9, "percent", "%", "lãi suất cho vay"),
    F("tối đa 5 năm", "5", 5, "measure", "năm", "thời hạn cho vay tối đa", approx="at_most", optional=True),
    F("vay 20 triệu đồng", "20", 20 * M, "money", "đồng", "khoản vay gia đình anh Sùng Mí Chứ"),
    F("nước 10 m3", "10", 10, "measure", "m3", "bể chứa nước"),
    F("từ 78,5% năm 2020", "78,5", 78.5, "percent", "%",
      "tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh", P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 91,2% hiện nay", "91,2", 91.2, "percent", "%", "tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh"),
    F("nước sạch 5,5 tỷ đồng", "5,5", 5.5 * B, "money", "đồng", "kế hoạch tăng trưởng dư nợ chương trình nước sạch",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("tăng trưởng 3,9 tỷ đồng", "3,9", 3.9 * B, "money", "đồng", "tăng trưởng dư nợ chương trình nước sạch",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12"), percent=70.9),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ hộ sử dụng nước hợp vệ sinh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mèo Vạc (Hà Giang): cho vay nước sạch và vệ sinh môi trường nông thôn, tính đến hết tháng 8/2024.",
    "District portal: dateline 'Thứ Năm, 12/09/2024 - 14:20'; source line at the foot with address 'Tổ 3' and phone (not figures).",
    "Distractors: Quyết định số 62/2004/QĐ-TTg, Quốc lộ 4C, Tổ 3, phone 0219.3871.166.",
    "Location = the district (Mèo Vạc) throughout: communes are below the level FIGURES.md gives to location, so the commune list",
    "  (Pải Lủng, Tát Ngà, Niêm Sơn) keeps Mèo Vạc and the list's indicator as subject; no cue (no gồm/trong đó) so no total.",
    "'tăng từ 78,5% năm 2020 lên 91,2% hiện nay': two level figures, no change; 'hiện nay' gives no period.",
    "Policy limits: 'tối đa 25 triệu đồng/công trình' is a figure (at_most, rate unit); 'thời hạn tối đa 5 năm' (a loan term) is optional.",
    "revised: subject of the 7,35 tỷ disbursed lengthened from the bare verb 'giải ngân' to the indicator as the sentence names it.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline; the 3,9 tỷ 'tăng trưởng' is the claim itself (money, no change), with its share of plan.",
]

if __name__ == "__main__":
    emit("p567-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Mèo Vạc")
