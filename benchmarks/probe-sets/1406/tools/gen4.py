"""p1406-4: ministry site (Bộ GD&ĐT, Vụ Giáo dục dân tộc): national review of the Vietnamese-language scheme."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Giáo dục dân tộc

Tổng kết Đề án tăng cường tiếng Việt cho trẻ em vùng dân tộc thiểu số

05/09/2024 | 10:20 | Vụ Giáo dục dân tộc

Ngày 4/9, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức hội nghị tổng kết Đề án 1008 về tăng cường tiếng Việt cho trẻ mầm non, học sinh tiểu học vùng dân tộc thiểu số, với sự tham gia của đại diện 51 tỉnh, thành phố có đông đồng bào dân tộc thiểu số.

Theo báo cáo, năm học 2023-2024 cả nước có hơn 1,27 triệu trẻ mầm non người dân tộc thiểu số, chiếm 23,8% tổng số trẻ mầm non, và khoảng 1,6 triệu học sinh tiểu học người dân tộc thiểu số. Tỷ lệ trẻ mẫu giáo 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1 đạt 97,3%, tăng 9,5 điểm phần trăm so với năm 2016.

Số giáo viên mầm non, tiểu học biết tiếng dân tộc thiểu số đạt 24.600 người, gấp 2,5 lần năm 2016. Đã có 6 bộ tài liệu song ngữ được biên soạn cho các tiếng Mông, Khmer, Jrai, Bahnar, Ê đê và Chăm.

Các địa phương có tỷ lệ trẻ 5 tuổi được chuẩn bị tiếng Việt cao nhất là Lào Cai (98,7%), Hà Giang (97,9%) và Trà Vinh (97,6%). Ngược lại, vẫn còn 7 tỉnh có tỷ lệ dưới 90%, trong đó 3 tỉnh thuộc vùng Tây Nguyên.

Giai đoạn 2016-2023, tổng kinh phí thực hiện Đề án ước khoảng 1.150 tỷ đồng, trong đó ngân sách trung ương chiếm gần 62%.

Phát biểu kết luận, ông Lê Minh Phương, Vụ trưởng Vụ Giáo dục dân tộc đề nghị các địa phương phấn đấu đến năm 2030 có ít nhất 95% trẻ mẫu giáo 5 tuổi người dân tộc thiểu số nói thạo tiếng Việt và 100% trường tiểu học vùng dân tộc thiểu số có giáo viên biết tiếng dân tộc.

Địa chỉ: Số 35 Đại Cồ Việt, quận Hai Bà Trưng, Hà Nội
Điện thoại: 024.3869.4984
"""

SY = school("năm học 2023-2024", 2023)
P16 = per("Giai đoạn 2016-2023", "2016-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
IND = "tỷ lệ trẻ 5 tuổi được chuẩn bị tiếng Việt"

FIGS = [
    fig("diện 51 tỉnh", "51", 51, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có đông đồng bào dân tộc thiểu số tham gia hội nghị"),
    fig("hơn 1,27 triệu", "1,27", 1270000, "count", "trẻ", approx="over", percent=23.8,
        subject="trẻ mầm non người dân tộc thiểu số", period=SY),
    fig("khoảng 1,6 triệu", "1,6", 1600000, "count", "học sinh", approx="about",
        subject="học sinh tiểu học người dân tộc thiểu số", period=SY),
    fig("đạt 97,3%", "97,3", 97.3, "percent", "%", change=chg("increase", 9.5, "điểm phần trăm", "năm 2016"),
        subject="tỷ lệ trẻ mẫu giáo 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1",
        period=inh(SY)),
    fig("đạt 24.600 người", "24.600", 24600, "count", "người", change=chg("increase", 2.5, "lần", "năm 2016"),
        subject="giáo viên mầm non, tiểu học biết tiếng dân tộc thiểu số"),
    fig("có 6 bộ", "6", 6, "count", "bộ", subject="bộ tài liệu song ngữ được biên soạn"),
    fig("Lào Cai (98,7%)", "98,7", 98.7, "percent", "%", subject=IND, location="Lào Cai"),
    fig("Hà Giang (97,9%)", "97,9", 97.9, "percent", "%", subject=IND, location="Hà Giang"),
    fig("Trà Vinh (97,6%)", "97,6", 97.6, "percent", "%", subject=IND, location="Trà Vinh"),
    fig("còn 7 tỉnh", "7", 7, "count", "tỉnh", subject="tỉnh có tỷ lệ dưới 90%"),
    fig("dưới 90%", "90", 90, "percent", "%", approx="under", subject="tỷ lệ của các tỉnh", optional=True),
    fig("đó 3 tỉnh", "3", 3, "count", "tỉnh", total=7, subject="tỉnh thuộc vùng Tây Nguyên có tỷ lệ dưới 90%"),
    fig("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng kinh phí thực hiện Đề án", period=P16),
    fig("gần 62%", "62", 62, "percent", "%", approx="nearly", status="estimate",
        subject="ngân sách trung ương trong tổng kinh phí thực hiện Đề án", period=P16),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="trẻ mẫu giáo 5 tuổi người dân tộc thiểu số nói thạo tiếng Việt", period=T30),
    fig("và 100% trường", "100", 100, "percent", "%", status="target",
        subject="trường tiểu học vùng dân tộc thiểu số có giáo viên biết tiếng dân tộc", period=T30),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT): breadcrumb, '05/09/2024 | 10:20 | Vụ Giáo dục dân tộc', footer address and phone.",
    "Distractors: 'Ngày 4/9', 'Đề án 1008', baselines 'năm 2016', 'lớp 1', 'trẻ 5 tuổi', 'Số 35 Đại Cồ Việt', phone 024.3869.4984, '10:20'.",
    "National figures: location Việt Nam; the list 'Lào Cai (98,7%), Hà Giang (97,9%) và Trà Vinh (97,6%)' puts each province in location.",
    "'gấp 2,5 lần năm 2016' after a count -> change (increase, 2,5 lần). 'tăng 9,5 điểm phần trăm so với năm 2016' -> change on the 97,3% level.",
    "'7 tỉnh có tỷ lệ dưới 90%': the 90% is a threshold that defines the group, not a measured value: optional.",
    "'ước khoảng 1.150 tỷ đồng' -> estimate + about; 'trong đó ngân sách trung ương chiếm gần 62%' is a percent figure of its own",
    "continuing the estimate clause. 'đề nghị ... phấn đấu đến năm 2030' -> target, period end 2030-12-31.",
    "'97,3%' stands in the sentence after 'năm học 2023-2024' -> inherited period. The 24.600 teachers get no period (new paragraph).",
]

if __name__ == "__main__":
    write("p1406-4", TEXT, NOTES, FIGS, published="2024-09-05", location="Việt Nam")
