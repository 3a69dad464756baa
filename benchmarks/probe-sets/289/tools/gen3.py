from lib import *
T = """BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội

Đào tạo nghề cho lao động nông thôn: Hơn 85% học viên có việc làm sau học nghề

HỒNG THỦY
08:30, 25/03/2024

(BĐL) - Giai đoạn 2021-2023, toàn tỉnh đã tổ chức đào tạo nghề cho 28.650 lao động nông thôn, bằng 95,5% chỉ tiêu giai đoạn; trong đó nhóm nghề nông nghiệp 19.597 người (chiếm 68,4%), nhóm nghề phi nông nghiệp 9.053 người (chiếm 31,6%).

Tổng kinh phí thực hiện hơn 42,7 tỷ đồng, trong đó ngân sách Trung ương 25,3 tỷ đồng, ngân sách địa phương 14,9 tỷ đồng, còn lại là nguồn xã hội hóa. Mức hỗ trợ chi phí đào tạo từ 2 đến 4 triệu đồng/người/khóa tùy nghề; người khuyết tật được hỗ trợ tối đa 6 triệu đồng/người/khóa.

Các nghề được đào tạo chủ yếu là trồng và chăm sóc cà phê, hồ tiêu, sầu riêng, chăn nuôi gia súc, gia cầm, may công nghiệp, sửa chữa máy nông nghiệp. Sau học nghề, 24.460 người có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, đạt tỷ lệ 85,4%; thu nhập bình quân tăng từ 1,5 đến 2 triệu đồng/người/tháng so với trước khi học nghề. Có 1.215 hộ thoát nghèo nhờ áp dụng kiến thức sau học nghề.

Các địa phương đào tạo được nhiều lao động là huyện Krông Pắc (3.120 người), Ea Kar (2.870 người), Cư M'gar (2.540 người) và thị xã Buôn Hồ (1.985 người).

Theo Sở Lao động - Thương binh và Xã hội, thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy, năm 2024 tỉnh phấn đấu đào tạo nghề cho khoảng 9.500 lao động nông thôn, trong đó dành 30% chỉ tiêu cho đồng bào dân tộc thiểu số tại chỗ. Cùng với đó, tỉnh sẽ rà soát danh mục nghề, gắn đào tạo với nhu cầu của 14 khu, cụm công nghiệp và hợp tác xã nông nghiệp.

Ông Y Njuốt Niê, Phó Giám đốc Sở cho biết, học viên có thể đăng ký tại Trung tâm Dịch vụ việc làm tỉnh, số 48 Phan Bội Châu, TP Buôn Ma Thuột.
"""
g = lambda inh=True: P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inh)
figs = [
 F("Hơn 85% học viên", "85", 85, "percent", "%", "học viên có việc làm sau học nghề", approx="over"),
 F("cho 28.650 lao động", "28.650", 28650, "count", "lao động nông thôn", "lao động nông thôn được đào tạo nghề", percent=95.5, period=g(False)),
 F("nông nghiệp 19.597 người", "19.597", 19597, "count", "người", "lao động học nhóm nghề nông nghiệp", total=28650, percent=68.4, period=g(False)),
 F("nông nghiệp 9.053 người", "9.053", 9053, "count", "người", "lao động học nhóm nghề phi nông nghiệp", total=28650, percent=31.6, period=g(False)),
 F("hơn 42,7 tỷ đồng", "42,7", 42700000000, "money", "đồng", "tổng kinh phí thực hiện", approx="over", period=g()),
 F("Trung ương 25,3 tỷ đồng", "25,3", 25300000000, "money", "đồng", "kinh phí từ ngân sách Trung ương", total=42700000000, period=g()),
 F("phương 14,9 tỷ đồng", "14,9", 14900000000, "money", "đồng", "kinh phí từ ngân sách địa phương", total=42700000000, period=g()),
 F("từ 2 đến 4 triệu", "2", 2000000, "money", "đồng/người/khóa", "mức hỗ trợ chi phí đào tạo", value_max=4000000, period=g()),
 F("tối đa 6 triệu", "6", 6000000, "money", "đồng/người/khóa", "mức hỗ trợ chi phí đào tạo cho người khuyết tật", approx="at_most", period=g()),
 F("nghề, 24.460 người", "24.460", 24460, "count", "người", "người có việc làm mới hoặc tiếp tục làm nghề cũ sau học nghề", percent=85.4, period=g()),
 F("từ 1,5 đến 2 triệu", "1,5", 1500000, "money", "đồng/người/tháng", "thu nhập bình quân tăng so với trước khi học nghề", value_max=2000000, period=g()),
 F("Có 1.215 hộ", "1.215", 1215, "count", "hộ", "hộ thoát nghèo nhờ áp dụng kiến thức sau học nghề", period=g()),
 F("Krông Pắc (3.120 người)", "3.120", 3120, "count", "người", "lao động được đào tạo", location="Krông Pắc", period=g()),
 F("Ea Kar (2.870 người)", "2.870", 2870, "count", "người", "lao động được đào tạo", location="Ea Kar", period=g()),
 F("Cư M'gar (2.540 người)", "2.540", 2540, "count", "người", "lao động được đào tạo", location="Cư M'gar", period=g()),
 F("Buôn Hồ (1.985 người)", "1.985", 1985, "count", "người", "lao động được đào tạo", location="Buôn Hồ", period=g()),
 F("khoảng 9.500 lao động", "9.500", 9500, "count", "lao động nông thôn", "lao động nông thôn được đào tạo nghề", approx="about", status="target",
   period=P("năm 2024", "2024-01-01", "2024-12-31")),
 F("dành 30% chỉ tiêu", "30", 30, "percent", "%", "chỉ tiêu dành cho đồng bào dân tộc thiểu số tại chỗ", status="target",
   period=P("năm 2024", "2024-01-01", "2024-12-31")),
 F("của 14 khu", "14", 14, "count", "khu, cụm công nghiệp", "khu, cụm công nghiệp", optional=True),
]
write(3, T, figs, [
 "Báo Đắk Lắk (Party newspaper), byline then '08:30, 25/03/2024'. Rural worker training 2021-2023 (Đề án đào tạo nghề cho lao động nông thôn).",
 "Headline 'Hơn 85% học viên' is a figure (no period in the headline). 'bằng 95,5% chỉ tiêu giai đoạn' = percent of 28.650 (no plan number given).",
 "trong đó parts (nông nghiệp / phi nông nghiệp) total 28.650, each with its bracketed 'chiếm' share as percent; budget parts total 42,7 tỷ.",
 "Support levels 'từ 2 đến 4 triệu đồng/người/khóa' (range) and 'tối đa 6 triệu' (at_most) are money rates; income gain 'tăng từ 1,5 đến 2 triệu'",
 "is the claim itself (money range, no change object). 24.460 has share 85,4% but no part-of cue, so no total.",
 "District list: location = the district/town, subject = list indicator. '14 khu, cụm công nghiệp' is context (optional).",
 "Distractors: Nghị quyết số 09-NQ/TU, address số 48 Phan Bội Châu, time 08:30, names (Y Njuốt Niê).",
], published="2024-03-25", location="Đắk Lắk")
