"""p1160-1: Nghệ An province portal, 9 months 2024: commune post-office points (BĐVHX) and public services."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Thông tin - Truyền thông

Nghệ An: Gần 400 điểm bưu điện văn hóa xã hỗ trợ người dân làm thủ tục hành chính

Cập nhật: 14/10/2024 08:20 | Lượt xem: 2.417

(nghean.gov.vn) - Toàn tỉnh Nghệ An hiện có 392 điểm bưu điện văn hóa xã (BĐVHX), trong đó 147 điểm ở 11 huyện miền núi. 9 tháng đầu năm 2024, hệ thống BĐVHX đã tiếp nhận và trả kết quả 46.820 hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích, tăng 18,5% so với cùng kỳ năm 2023, đạt 78% kế hoạch năm.

Cũng trong 9 tháng, các điểm BĐVHX chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng cho khoảng 61.500 người, chiếm 83,2% số người hưởng trên địa bàn; thu bảo hiểm y tế hộ gia đình cho 27.340 người. Doanh thu dịch vụ tại các điểm ước đạt 21,6 tỷ đồng, bình quân 55 triệu đồng/điểm.

Tại xã Châu Tiến, huyện Quỳ Châu, điểm BĐVHX nằm trên Quốc lộ 48, cách trung tâm huyện 18 km. Chị Lô Thị Hạnh, nhân viên điểm, mỗi tháng phục vụ hơn 300 lượt người dân. Từ đầu năm đến nay, chị đã nhận gửi 1.250 hồ sơ hành chính công và chi trả trợ cấp cho 412 người cao tuổi, người khuyết tật; nhiều trường hợp không đi lại được, chị mang tiền đến tận nhà.

Thu nhập của nhân viên các điểm BĐVHX trong tỉnh hiện từ 3,5 đến 5 triệu đồng/người/tháng, gồm thù lao cố định và hoa hồng dịch vụ.

Năm 2025, Bưu điện tỉnh phấn đấu 100% điểm BĐVHX được trang bị máy tính kết nối Internet để hỗ trợ người dân nộp hồ sơ trực tuyến mức độ 4; dự kiến đào tạo thêm 35 nhân viên cho các điểm ở vùng sâu, vùng xa.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE2 = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
QC = "Quỳ Châu"

FIGS = [
    F("Gần 400 điểm", "400", 400, "count", "điểm bưu điện văn hóa xã", approx="nearly",
      subject="điểm bưu điện văn hóa xã hỗ trợ người dân làm thủ tục hành chính"),
    F("hiện có 392 điểm", "392", 392, "count", "điểm bưu điện văn hóa xã",
      subject="điểm bưu điện văn hóa xã"),
    F("trong đó 147 điểm", "147", 147, "count", "điểm", total=392,
      subject="điểm bưu điện văn hóa xã ở huyện miền núi"),
    F("ở 11 huyện", "11", 11, "count", "huyện", optional=True, subject="huyện miền núi"),
    F("kết quả 46.820 hồ sơ", "46.820", 46820, "count", "hồ sơ", percent=78,
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023"),
      subject="hồ sơ thủ tục hành chính tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích", period=NINE),
    F("khoảng 61.500 người", "61.500", 61500, "count", "người", approx="about", percent=83.2,
      subject="người được chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", period=NINE2),
    F("cho 27.340 người", "27.340", 27340, "count", "người",
      subject="người được thu bảo hiểm y tế hộ gia đình", period=NINE2),
    F("ước đạt 21,6 tỷ", "21,6", 21.6e9, "money", "đồng", status="estimate",
      subject="doanh thu dịch vụ tại các điểm BĐVHX", period=I(NINE2)),
    F("bình quân 55 triệu", "55", 55e6, "money", "đồng/điểm", status="estimate",
      subject="doanh thu dịch vụ bình quân mỗi điểm BĐVHX", period=I(NINE2)),
    F("huyện 18 km", "18", 18, "measure", "km", location=QC,
      subject="khoảng cách từ điểm BĐVHX xã Châu Tiến đến trung tâm huyện"),
    F("hơn 300 lượt", "300", 300, "measure", "lượt người/tháng", approx="over", location=QC,
      subject="lượt người dân được điểm BĐVHX xã Châu Tiến phục vụ mỗi tháng"),
    F("gửi 1.250 hồ sơ", "1.250", 1250, "count", "hồ sơ", location=QC,
      subject="hồ sơ hành chính công nhận gửi tại điểm BĐVHX xã Châu Tiến", period=YTD),
    F("cho 412 người", "412", 412, "count", "người", location=QC,
      subject="người cao tuổi, người khuyết tật được chi trả trợ cấp", period=YTD),
    F("từ 3,5 đến 5 triệu", "3,5", 3.5e6, "money", "đồng/người/tháng", value_max=5e6,
      subject="thu nhập của nhân viên các điểm BĐVHX"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ điểm BĐVHX được trang bị máy tính kết nối Internet", period=Y25),
    F("thêm 35 nhân viên", "35", 35, "count", "nhân viên", status="forecast",
      subject="nhân viên được đào tạo thêm cho các điểm BĐVHX ở vùng sâu, vùng xa", period=Y25),
]

NOTES = [
    "Province portal (Nghệ An): commune post-office points (BĐVHX), 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 08:20 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:20, 'Quốc lộ 48', 'mức độ 4', the (nghean.gov.vn) tag.",
    "'ở 11 huyện miền núi' qualifies where the 147 points are (optional). Headline and 'hiện có' get no period.",
    "'Cũng trong 9 tháng' takes 2024 from the previous sentence. 'mỗi tháng phục vụ hơn 300 lượt' is a rate (measure, lượt người/tháng).",
    "Commune passage (xã Châu Tiến, huyện Quỳ Châu): location Quỳ Châu for its figures in the following sentences too.",
    "'ước đạt 21,6 tỷ đồng, bình quân 55 triệu đồng/điểm': the average continues the estimate clause (estimate).",
    "'Từ đầu năm đến nay' ends at the published date 2024-10-14. The income range is a standing level (no period).",
]

if __name__ == "__main__":
    write("p1160-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
