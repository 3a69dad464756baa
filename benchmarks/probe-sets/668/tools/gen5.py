from lib import F, P, I, CH, TG, emit

TEXT = """Báo Hà Giang điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang

Hơn 5.200 lao động vùng cao được học nghề

(HG) - 10 tháng năm 2024, các trung tâm GDNN-GDTX tại 4 huyện vùng cao núi đá phía Bắc đã đào tạo nghề cho 5.236 người (Mèo Vạc 1.542 người, Đồng Văn 1.398 người, Yên Minh 1.276 người, Quản Bạ 1.020 người), đạt 91,9% kế hoạch năm, tăng 12,3% so với cùng kỳ năm 2023. Trong đó, lao động là người dân tộc thiểu số 4.987 người, chiếm 95,2%; lao động nữ chiếm 58,6%.

Các nghề nông nghiệp như chăn nuôi, trồng dược liệu chiếm 68%, phi nông nghiệp như dệt thổ cẩm, sửa chữa máy nông nghiệp chiếm 32%. Kinh phí từ Chương trình mục tiêu quốc gia 1719 là 14,7 tỷ đồng; mức hỗ trợ bình quân 2,8 triệu đồng/học viên với khóa sơ cấp và 1,2 triệu đồng/học viên với khóa đào tạo dưới 3 tháng.

Sau đào tạo, 3.927 người có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, đạt tỷ lệ 75%. Thu nhập bình quân của lao động sau học nghề từ 3,5 đến 4,5 triệu đồng/người/tháng.

Tại Trung tâm GDNN-GDTX huyện Mèo Vạc, lớp dệt lanh ở xã Pả Vi có 35 học viên là phụ nữ Mông; sản phẩm được bán cho khách du lịch trên tuyến Quốc lộ 4C.

Năm 2025, 4 huyện phấn đấu đào tạo nghề cho 6.000 lao động, nâng tỷ lệ lao động qua đào tạo lên 52%.

MINH CHÂU
12/11/2024 16:20
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def district(name, number, value):
    return F(f"{name} {number} người", number, value, "count", "người", "người được đào tạo nghề", M10,
             total=5236, location=name)


FIGS = [
    F("Hơn 5.200 lao động", "5.200", 5200, "count", "lao động", "lao động vùng cao được học nghề", I(M10),
      approx="over"),
    F("tại 4 huyện vùng cao", "4", 4, "count", "huyện", optional=True),
    F("cho 5.236 người", "5.236", 5236, "count", "người", "người được đào tạo nghề", M10,
      percent=91.9, change=CH("increase", 12.3, "%", "cùng kỳ năm 2023")),
    district("Mèo Vạc", "1.542", 1542),
    district("Đồng Văn", "1.398", 1398),
    district("Yên Minh", "1.276", 1276),
    district("Quản Bạ", "1.020", 1020),
    F("thiểu số 4.987 người", "4.987", 4987, "count", "người", "lao động là người dân tộc thiểu số", I(M10),
      total=5236, percent=95.2),
    F("chiếm 58,6%", "58,6", 58.6, "percent", "%", "lao động nữ", I(M10)),
    F("chiếm 68%", "68", 68, "percent", "%", "các nghề nông nghiệp", I(M10)),
    F("chiếm 32%", "32", 32, "percent", "%", "phi nông nghiệp", I(M10)),
    F("là 14,7 tỷ đồng", "14,7", 14700000000, "money", "đồng", "kinh phí từ Chương trình mục tiêu quốc gia 1719", I(M10)),
    F("bình quân 2,8 triệu", "2,8", 2800000, "money", "đồng/học viên", "mức hỗ trợ bình quân khóa sơ cấp", I(M10)),
    F("và 1,2 triệu", "1,2", 1200000, "money", "đồng/học viên", "mức hỗ trợ bình quân khóa đào tạo dưới 3 tháng", I(M10)),
    F("dưới 3 tháng.", "3", 3, "measure", "tháng", approx="under", optional=True),
    F("đào tạo, 3.927 người", "3.927", 3927, "count", "người",
      "người có việc làm mới hoặc tiếp tục làm nghề cũ sau đào tạo", I(M10), percent=75),
    F("từ 3,5 đến 4,5", "3,5", 3500000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động sau học nghề",
      I(M10), value_max=4500000),
    F("có 35 học viên", "35", 35, "count", "học viên", "học viên lớp dệt lanh", location="Mèo Vạc"),
    F("2025, 4 huyện", "4", 4, "count", "huyện", optional=True),
    F("cho 6.000 lao động", "6.000", 6000, "count", "lao động", "lao động được đào tạo nghề", Y25, status="target"),
    F("lên 52%", "52", 52, "percent", "%", "tỷ lệ lao động qua đào tạo", Y25, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Hà Giang): vocational training in the 4 highland districts, 10 months 2024; byline + '12/11/2024 16:20' at the end.",
    "'(HG) -' is the paper's tag, implying Hà Giang. The bracketed district list right after 5.236 adds up to it: total 5236, location = district;",
    "the share 'đạt 91,9% kế hoạch năm' and the change 'tăng 12,3% so với cùng kỳ năm 2023' attach to 5.236 across the bracket.",
    "'Trong đó ... 4.987 người, chiếm 95,2%' -> total 5236 (the whole before the cue, not a bracketed sibling), percent 95.2.",
    "'4 huyện vùng cao núi đá phía Bắc' is a regional name with a count in it: optional (both mentions). 'Chương trình 1719', 'Quốc lộ 4C' not figures.",
    "'đạt tỷ lệ 75%' after 3.927 is its share (as 'đạt tỷ lệ bao phủ 86,5%' in shared h09). Income range 3,5-4,5 triệu đồng/người/tháng.",
    "'dưới 3 tháng' (a course length in a programme name) optional. 2025 figures: phấn đấu -> target.",
]

emit("p668-5", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Hà Giang")
