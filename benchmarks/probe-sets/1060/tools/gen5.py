"""p1060-5: Báo Lạng Sơn style (Party newspaper), huyện Cao Lộc, June 2023, byline + bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Cao Lộc: "Địa chỉ tin cậy" - điểm tựa của phụ nữ vùng cao

Những năm gần đây, mô hình "địa chỉ tin cậy ở cộng đồng" phát huy hiệu quả tại huyện Cao Lộc (Lạng Sơn). Từ năm 2020 đến nay, toàn huyện đã xây dựng được 46 địa chỉ tin cậy, tiếp nhận, bảo vệ tạm thời 73 lượt nạn nhân bị bạo lực gia đình, phần lớn là phụ nữ và trẻ em.

Nhà bà Hoàng Thị Sáu ở thôn Nà Lừa, xã Hợp Thành, nằm sát Quốc lộ 1A, là một trong những địa chỉ tin cậy đầu tiên của huyện. Bà Sáu cho biết, trong 3 năm qua, gia đình bà đã 11 lần đón chị em trong thôn sang lánh nạn, có trường hợp ở lại 2-3 ngày chờ tổ hòa giải đến làm việc với gia đình.

Theo Phòng Văn hóa và Thông tin huyện, 5 tháng đầu năm 2023, toàn huyện xảy ra 8 vụ bạo lực gia đình, giảm 4 vụ so với cùng kỳ; 100% vụ việc được phát hiện và can thiệp kịp thời. Hiện huyện có 22/22 xã, thị trấn thành lập nhóm phòng, chống bạo lực gia đình với 1.320 thành viên; 186 câu lạc bộ gia đình phát triển bền vững thu hút gần 4.500 hội viên.

Từ ngày 1/6/2023 đến nay, hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình, huyện đã tổ chức 35 buổi tuyên truyền tại các thôn, bản với hơn 3.200 lượt người nghe; cấp phát 5.000 tờ gấp bằng tiếng Việt, tiếng Tày và tiếng Nùng. Mỗi địa chỉ tin cậy được hỗ trợ 500.000 đồng/quý để mua sắm vật dụng thiết yếu.

Thời gian tới, huyện phấn đấu đến năm 2025 nâng số địa chỉ tin cậy lên 60 địa chỉ, bảo đảm mỗi xã có ít nhất 2 địa chỉ tin cậy.

NGỌC ANH
22/6/2023
"""

SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2023-06-22")
M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
JUN = P("Từ ngày 1/6/2023 đến nay", "2023-06-01", "2023-06-22")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("được 46 địa chỉ", "46", 46, "count", "địa chỉ tin cậy", "địa chỉ tin cậy đã xây dựng", SINCE),
    F("tạm thời 73 lượt", "73", 73, "count", "lượt nạn nhân", "lượt nạn nhân bị bạo lực gia đình được tiếp nhận, bảo vệ tạm thời",
      SINCE),
    F("đã 11 lần", "11", 11, "count", "lần", "lần gia đình bà Sáu đón chị em sang lánh nạn"),
    F("ở lại 2-3 ngày", "2", 2, "measure", "ngày", "thời gian ở lại lánh nạn", value_max=3, optional=True),
    F("xảy ra 8 vụ", "8", 8, "count", "vụ", "vụ bạo lực gia đình", M5, change=C("decrease", 4, "vụ", "cùng kỳ")),
    F("100% vụ việc", "100", 100, "percent", "%", "vụ việc được phát hiện và can thiệp kịp thời", M5),
    F("có 22/22 xã", "22", 22, "count", "xã, thị trấn", "xã, thị trấn thành lập nhóm phòng, chống bạo lực gia đình",
      total=22),
    F("với 1.320 thành viên", "1.320", 1320, "count", "thành viên", "thành viên nhóm phòng, chống bạo lực gia đình"),
    F("186 câu lạc bộ", "186", 186, "count", "câu lạc bộ", "câu lạc bộ gia đình phát triển bền vững"),
    F("gần 4.500 hội viên", "4.500", 4500, "count", "hội viên", "hội viên câu lạc bộ gia đình phát triển bền vững",
      approx="nearly"),
    F("tổ chức 35 buổi", "35", 35, "count", "buổi", "buổi tuyên truyền tại các thôn, bản", JUN),
    F("hơn 3.200 lượt người", "3.200", 3200, "count", "lượt người", "lượt người nghe tuyên truyền", JUN, approx="over"),
    F("cấp phát 5.000 tờ gấp", "5.000", 5000, "count", "tờ gấp", "tờ gấp cấp phát", JUN),
    F("500.000 đồng/quý", "500.000", 500000, "money", "đồng/quý", "kinh phí hỗ trợ mỗi địa chỉ tin cậy"),
    F("lên 60 địa chỉ", "60", 60, "count", "địa chỉ", "số địa chỉ tin cậy", T25, status="target"),
    F("ít nhất 2 địa chỉ", "2", 2, "count", "địa chỉ tin cậy", "địa chỉ tin cậy ở mỗi xã", T25,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Lạng Sơn style feature on 'địa chỉ tin cậy' in huyện Cao Lộc; byline 'NGỌC ANH' and bare date '22/6/2023' at the end (published).",
    "Location Cao Lộc (the district; xã Hợp Thành lies in it). 'Từ năm 2020 đến nay' / 'Từ ngày 1/6/2023 đến nay' end at the date.",
    "Not figures: 'Quốc lộ 1A', the name 'Hoàng Thị Sáu' / 'Bà Sáu', 'trong 3 năm qua' (a period, and too vague to date: the 11 lần",
    "get no period), '22/6/2023'. 'ở lại 2-3 ngày' describes one example case (optional).",
    "'giảm 4 vụ so với cùng kỳ' is the change of the 8 vụ. 'mỗi xã có ít nhất 2 địa chỉ' is a target count per commune.",
]

if __name__ == "__main__":
    write("p1060-5", TEXT, NOTES, FIGS, published="2023-06-22", location="Cao Lộc")
