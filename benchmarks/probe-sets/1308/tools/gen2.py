"""p1308-2: district portal (huyện Hòn Đất, Kiên Giang): an active case-finding campaign in June 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÒN ĐẤT
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội | Thông báo

Hòn Đất: Khám sàng lọc bệnh lao chủ động cho hơn 3.000 người dân

Ngày đăng: 18/06/2024 - 15:20

Từ ngày 3/6 đến ngày 14/6/2024, Trung tâm Y tế huyện Hòn Đất phối hợp với Bệnh viện Lao và Bệnh phổi Kiên Giang tổ chức đợt khám sàng lọc bệnh lao chủ động tại 6 xã, thị trấn: Sơn Kiên, Sơn Bình, Bình Sơn, Mỹ Lâm, Nam Thái Sơn và thị trấn Hòn Đất. Đoàn gồm 24 cán bộ y tế và hai xe X-quang kỹ thuật số lưu động.

Trong đợt khám, đã có 3.126 người được tư vấn, khám lâm sàng và chụp X-quang phổi kỹ thuật số, đạt 104,2% kế hoạch. Đối tượng ưu tiên gồm người từ 60 tuổi trở lên, người mắc đái tháo đường, người nhiễm HIV và người tiếp xúc với bệnh nhân lao. Mỗi người đến khám được hỗ trợ 50.000 đồng tiền đi lại.

Qua chụp X-quang, có 287 người có hình ảnh bất thường nghi lao được lấy mẫu đờm làm xét nghiệm Xpert MTB/RIF. Kết quả phát hiện 19 ca mắc lao phổi, trong đó 2 ca kháng rifampicin; ngoài ra còn ba trường hợp nghi lao ngoài phổi được chuyển lên tuyến trên.

Bác sĩ Lâm Thị Ngọc Hân, Phó Giám đốc Trung tâm Y tế huyện cho biết, tỷ lệ phát hiện trong đợt này khoảng 608 ca/100.000 người được khám, cao gấp gần 4 lần tỷ lệ mắc lao ước tính chung của cả nước.

Từ đầu năm đến nay, toàn huyện đang quản lý, điều trị 86 bệnh nhân lao, trong đó có 4 bệnh nhân lao kháng thuốc. Năm 2024, huyện phấn đấu tỷ lệ điều trị thành công đạt trên 90%.

Nguồn: Trung tâm Y tế huyện

Tin khác:
- Hòn Đất triển khai chiến dịch tiêm vắc xin sởi năm 2024
- UBND huyện họp phiên thường kỳ tháng 5

UBND HUYỆN HÒN ĐẤT
Địa chỉ: Khu phố Đường Hòn, thị trấn Hòn Đất, huyện Hòn Đất, tỉnh Kiên Giang
Điện thoại: 0297.3841.203
"""

CAMP = per("Từ ngày 3/6 đến ngày 14/6/2024", "2024-06-03", "2024-06-14")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 3.000 người", "3.000", 3000, "count", "người", approx="over",
        subject="người dân được khám sàng lọc bệnh lao chủ động", period=inh(CAMP)),
    fig("tại 6 xã", "6", 6, "count", "xã, thị trấn",
        subject="xã, thị trấn tổ chức đợt khám sàng lọc bệnh lao chủ động", period=CAMP),
    fig("gồm 24 cán bộ", "24", 24, "count", "cán bộ y tế", subject="cán bộ y tế của đoàn khám", period=inh(CAMP)),
    fig("và hai xe", "hai", 2, "count", "xe", subject="xe X-quang kỹ thuật số lưu động của đoàn khám",
        period=inh(CAMP)),
    fig("có 3.126 người", "3.126", 3126, "count", "người", percent=104.2,
        subject="người được tư vấn, khám lâm sàng và chụp X-quang phổi kỹ thuật số", period=inh(CAMP)),
    fig("từ 60 tuổi", "60", 60, "measure", "tuổi", approx="at_least", optional=True),
    fig("hỗ trợ 50.000 đồng", "50.000", 50000, "money", "đồng/người",
        subject="hỗ trợ tiền đi lại mỗi người đến khám"),
    fig("có 287 người", "287", 287, "count", "người",
        subject="người có hình ảnh bất thường nghi lao được lấy mẫu đờm làm xét nghiệm Xpert", period=inh(CAMP)),
    fig("phát hiện 19 ca", "19", 19, "count", "ca", subject="ca mắc lao phổi phát hiện", period=inh(CAMP)),
    fig("trong đó 2 ca", "2", 2, "count", "ca", total=19, subject="ca kháng rifampicin", period=inh(CAMP)),
    fig("còn ba trường hợp", "ba", 3, "count", "trường hợp",
        subject="trường hợp nghi lao ngoài phổi được chuyển lên tuyến trên", period=inh(CAMP)),
    fig("khoảng 608 ca", "608", 608, "measure", "ca/100.000 người được khám", approx="about",
        change=chg("increase", 4, "lần", "tỷ lệ mắc lao ước tính chung của cả nước", approx="nearly"),
        subject="tỷ lệ phát hiện trong đợt khám", period=inh(CAMP)),
    fig("điều trị 86 bệnh nhân", "86", 86, "count", "bệnh nhân",
        subject="bệnh nhân lao đang quản lý, điều trị", period=YTD),
    fig("có 4 bệnh nhân", "4", 4, "count", "bệnh nhân", total=86,
        subject="bệnh nhân lao kháng thuốc", period=YTD),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ điều trị thành công", period=Y24),
]

NOTES = [
    "District portal (huyện Hòn Đất, Kiên Giang): banner, menu, 'Ngày đăng: 18/06/2024 - 15:20', 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 15:20, dates 3/6 and 14/6/2024, 'Xpert MTB/RIF', 'tháng 5' and 'năm 2024' in link titles, 'Khu phố Đường Hòn', phone 0297.3841.203.",
    "All figures are the district's (location Hòn Đất). The campaign dates 'Từ ngày 3/6 đến ngày 14/6/2024' give the period of '6 xã' (same",
    "sentence); the campaign figures of later sentences inherit it (not scored). The headline 'hơn 3.000 người' has no period phrase.",
    "'đạt 104,2% kế hoạch' → percent attribute. 'từ 60 tuổi trở lên' is an age-group label: optional.",
    "'Đoàn gồm 24 cán bộ y tế và hai xe ...': 'gồm' follows no whole figure, so no total; 'hai' is a number word.",
    "'Mỗi người ... 50.000 đồng' → unit đồng/người (the 'mỗi' denominator). 'ba trường hợp' is a number word.",
    "'khoảng 608 ca/100.000 người được khám' is a rate (measure, denominator in the unit); 'cao gấp gần 4 lần ...' → change 4 lần, nearly.",
    "'Từ đầu năm đến nay' → 2024-01-01 .. published 2024-06-18. 'Năm 2024, huyện phấn đấu ... trên 90%' → target, over.",
]

if __name__ == "__main__":
    write("p1308-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Hòn Đất")
