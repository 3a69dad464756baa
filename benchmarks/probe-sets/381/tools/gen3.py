from lib import Doc, per

TEXT = """BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH
Kinh tế > Tín dụng chính sách
Tiếp sức cho người lầm lỗi làm lại cuộc đời
HẢI VÂN • 06:45, 14/11/2024

(Baohatinh.vn) - Sau hơn một năm triển khai Quyết định số 22/2023/QĐ-TTg của Thủ tướng Chính phủ, nguồn vốn chính sách đã giúp nhiều người chấp hành xong án phạt tù ở Hà Tĩnh có sinh kế ổn định.

Tính đến ngày 31/10/2024, Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh đã giải ngân 24,65 tỷ đồng cho 312 khách hàng là người chấp hành xong án phạt tù; dư nợ đạt 23,9 tỷ đồng, chiếm 1,1% tổng dư nợ của chi nhánh. Trong đó, vay vốn sản xuất, kinh doanh 291 khách hàng với số tiền 23,1 tỷ đồng; vay đào tạo nghề 21 khách hàng với 1,55 tỷ đồng.

Theo quy định, mức cho vay tối đa 100 triệu đồng/khách hàng, lãi suất 3%/năm, thời hạn vay tối đa 10 năm và không phải bảo đảm tiền vay.

Các huyện có doanh số cho vay cao là Cẩm Xuyên 4,2 tỷ đồng, Thạch Hà 3,85 tỷ đồng, Kỳ Anh 3,1 tỷ đồng; thị xã Hồng Lĩnh thấp nhất với 0,6 tỷ đồng.

Anh Nguyễn Văn T. (SN 1985, trú xã Thạch Đài, huyện Thạch Hà) ra trại năm 2022 sau 7 năm thụ án. Được vay 80 triệu đồng, anh đầu tư nuôi 15 con bò và 2.000 con gà thả vườn, mỗi năm thu lãi gần 120 triệu đồng. “Có đồng vốn, tôi mới dám nghĩ đến chuyện làm ăn lâu dài”, anh T. chia sẻ.

Theo Công an tỉnh, từ năm 2021 đến nay, Hà Tĩnh tiếp nhận 1.473 người chấp hành xong án phạt tù về cư trú; số người có nhu cầu vay vốn khoảng 420 người. NHCSXH tỉnh phấn đấu đến hết năm 2025 đáp ứng 100% nhu cầu vay vốn hợp lệ của đối tượng này.
"""

d = Doc("p381-3", TEXT, [
    "Báo Hà Tĩnh (Party newspaper): policy credit for people released from prison under Quyết định số 22/2023/QĐ-TTg. Byline + '06:45, 14/11/2024'.",
    "Distractors: Quyết định số 22/2023/QĐ-TTg, 'hơn một năm' (duration), 'SN 1985', 'ra trại năm 2022', commune name, '(Baohatinh.vn)'.",
    "'Tính đến ngày 31/10/2024' is an as-of period (end only) for the lead sentence; the 'Trong đó' breakdown (291 + 21 = 312; 23,1 + 1,55 = 24,65 tỷ) takes the totals and inherits the period.",
    "23,9 tỷ dư nợ carries its share 1,1% (chiếm). Policy parameters (tối đa 100 triệu đồng/khách hàng, lãi suất 3%/năm, tối đa 10 năm) are rules, not outcomes: optional.",
    "District list of loan turnover: district as location, subject the list's indicator; period inherited from the as-of date. '7 năm thụ án' (length of a sentence) optional.",
    "The individual's 80 triệu, 15 con bò, 2.000 con gà, gần 120 triệu are facts about one borrower in huyện Thạch Hà (location Thạch Hà), no period.",
    "'từ năm 2021 đến nay' runs 2021-01-01 to the dateline 2024-11-14; 'khoảng 420 người' shares it. Target 100% 'đến hết năm 2025' (end 2025-12-31).",
], published="2024-11-14", location="Hà Tĩnh")

AS = per("Tính đến ngày 31/10/2024", None, "2024-10-31")
ASi = per("Tính đến ngày 31/10/2024", None, "2024-10-31", inherited=True)
d.f("giải ngân 24,65 tỷ", "24,65", 24.65e9, "money", "đồng", "vốn NHCSXH giải ngân cho người chấp hành xong án phạt tù", AS)
d.f("cho 312 khách hàng", "312", 312, "count", "khách hàng", "khách hàng là người chấp hành xong án phạt tù được vay vốn", AS)
d.f("đạt 23,9 tỷ", "23,9", 23.9e9, "money", "đồng", "dư nợ cho vay người chấp hành xong án phạt tù", AS, percent=1.1)
d.f("291 khách hàng", "291", 291, "count", "khách hàng", "khách hàng vay vốn sản xuất, kinh doanh", ASi, total=312)
d.f("tiền 23,1 tỷ", "23,1", 23.1e9, "money", "đồng", "vốn vay sản xuất, kinh doanh", ASi, total=24.65e9)
d.f("nghề 21 khách hàng", "21", 21, "count", "khách hàng", "khách hàng vay đào tạo nghề", ASi, total=312)
d.f("với 1,55 tỷ", "1,55", 1.55e9, "money", "đồng", "vốn vay đào tạo nghề", ASi, total=24.65e9)
d.f("tối đa 100 triệu", "100", 100e6, "money", "đồng/khách hàng", "mức cho vay tối đa", None, approx="at_most", optional=True)
d.f("lãi suất 3%", "3", 3, "percent", "%", "lãi suất cho vay", None, optional=True)
d.f("tối đa 10 năm", "10", 10, "measure", "năm", "thời hạn vay tối đa", None, approx="at_most", optional=True)
LS = "doanh số cho vay người chấp hành xong án phạt tù"
d.f("Cẩm Xuyên 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", LS, ASi, location="Cẩm Xuyên")
d.f("Thạch Hà 3,85 tỷ", "3,85", 3.85e9, "money", "đồng", LS, ASi, location="Thạch Hà")
d.f("Kỳ Anh 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", LS, ASi, location="Kỳ Anh")
d.f("với 0,6 tỷ", "0,6", 0.6e9, "money", "đồng", LS, ASi, location="Hồng Lĩnh")
d.f("sau 7 năm", "7", 7, "measure", "năm", "thời gian thụ án", None, optional=True)
d.f("vay 80 triệu", "80", 80e6, "money", "đồng", "số tiền anh T. được vay", None, location="Thạch Hà")
d.f("nuôi 15 con bò", "15", 15, "count", "con bò", "bò anh T. nuôi", None, location="Thạch Hà")
d.f("2.000 con gà", "2.000", 2000, "count", "con gà", "gà thả vườn anh T. nuôi", None, location="Thạch Hà")
d.f("gần 120 triệu", "120", 120e6, "money", "đồng", "lãi mỗi năm của anh T.", None, approx="nearly", location="Thạch Hà")
P21 = per("từ năm 2021 đến nay", "2021-01-01", "2024-11-14")
d.f("tiếp nhận 1.473 người", "1.473", 1473, "count", "người", "người chấp hành xong án phạt tù về cư trú được tiếp nhận", P21)
d.f("khoảng 420 người", "420", 420, "count", "người", "người có nhu cầu vay vốn", P21, approx="about")
d.f("100% nhu cầu", "100", 100, "percent", "%", "nhu cầu vay vốn hợp lệ được đáp ứng", per("đến hết năm 2025", None, "2025-12-31"), status="target")
raise SystemExit(d.write())
