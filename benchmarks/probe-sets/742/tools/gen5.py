"""p742-5: Party newspaper (Báo Nghệ An), charity fund at a provincial hospital, 9 tháng 2023; byline + date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Quỹ "Bữa cơm yêu thương" trao gần 400 nghìn suất ăn cho bệnh nhân nghèo

(Baonghean) - 9 tháng năm 2023, Quỹ từ thiện "Bữa cơm yêu thương" tại Bệnh viện Hữu nghị Đa khoa Nghệ An đã trao 392.500 suất ăn miễn phí, bằng 106% cùng kỳ năm 2022. Trong đó, quý III đạt 141.200 suất, cao nhất từ trước đến nay. Với kết quả này, bệnh viện đứng thứ 2 khu vực Bắc Trung Bộ về số suất ăn miễn phí.

Mỗi ngày, bếp nấu trung bình 1.450 suất, gồm 1.100 suất cơm trưa và 350 suất cháo tối. Tổng số tiền quỹ tiếp nhận từ các nhà hảo tâm trong 9 tháng là 5,86 tỷ đồng, đã chi 5,42 tỷ đồng; số dư đến ngày 30/9 còn gần 440 triệu đồng.

Hiện quỹ có 26 nhóm tình nguyện với hơn 500 tình nguyện viên, phần lớn là sinh viên Trường Đại học Y khoa Vinh. Các nhóm thay phiên nhau có mặt từ 4h30 sáng để sơ chế thực phẩm.

Bà Nguyễn Thị Hoa (62 tuổi, trú xóm 4, xã Nghi Phong) có chồng chạy thận nhân tạo nhiều năm nay, xúc động: "Mỗi tháng tôi tiết kiệm được gần 1 triệu đồng tiền ăn nhờ suất cơm của quỹ".

Ông Trần Văn Lâm, Trưởng ban điều hành quỹ, cho biết dự kiến cả năm 2023 quỹ sẽ trao khoảng 530.000 suất ăn. Năm 2024, quỹ phấn đấu mở thêm điểm phát cháo tại Bệnh viện Ung bướu Nghệ An, nâng số suất phục vụ mỗi ngày lên 1.800 suất.

Địa chỉ tiếp nhận ủng hộ: Bệnh viện Hữu nghị Đa khoa Nghệ An, Km5 Đại lộ Lê Nin, TP Vinh; điện thoại 0238.3844.555.

Thanh Thủy
14/10/2023
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")

FIGS = [
    F("gần 400 nghìn suất ăn", "400", 400000, "count", "suất ăn", "suất ăn Quỹ Bữa cơm yêu thương trao cho bệnh nhân nghèo",
      I(M9), approx="nearly"),
    F("đã trao 392.500 suất ăn", "392.500", 392500, "count", "suất ăn",
      "suất ăn miễn phí Quỹ từ thiện Bữa cơm yêu thương trao", M9, percent=106),
    F("quý III đạt 141.200 suất", "141.200", 141200, "count", "suất", "suất ăn trao trong quý III",
      P("quý III", "2023-07-01", "2023-09-30"), total=392500),
    F("đứng thứ 2 khu vực", "2", 2, "rank", "hạng", "số suất ăn miễn phí khu vực Bắc Trung Bộ", I(M9)),
    F("trung bình 1.450 suất", "1.450", 1450, "count", "suất", "suất bếp nấu mỗi ngày"),
    F("gồm 1.100 suất cơm trưa", "1.100", 1100, "count", "suất cơm trưa", "suất cơm trưa bếp nấu mỗi ngày", total=1450),
    F("và 350 suất cháo tối", "350", 350, "count", "suất cháo tối", "suất cháo tối bếp nấu mỗi ngày", total=1450),
    F("là 5,86 tỷ đồng", "5,86", 5.86e9, "money", "đồng", "tổng số tiền quỹ tiếp nhận từ các nhà hảo tâm",
      P("trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("chi 5,42 tỷ đồng", "5,42", 5.42e9, "money", "đồng", "số tiền quỹ đã chi",
      P("trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("gần 440 triệu đồng", "440", 440e6, "money", "đồng", "số dư quỹ",
      P("đến ngày 30/9", None, "2023-09-30"), approx="nearly"),
    F("có 26 nhóm tình nguyện", "26", 26, "count", "nhóm tình nguyện", "nhóm tình nguyện của quỹ"),
    F("hơn 500 tình nguyện viên", "500", 500, "count", "tình nguyện viên", "tình nguyện viên của quỹ", approx="over"),
    F("(62 tuổi", "62", 62, "measure", "tuổi", "tuổi bà Nguyễn Thị Hoa", optional=True),
    F("gần 1 triệu đồng tiền ăn", "1", 1e6, "money", "đồng", "tiền ăn tiết kiệm được mỗi tháng nhờ suất cơm của quỹ",
      approx="nearly"),
    F("khoảng 530.000 suất ăn", "530.000", 530000, "count", "suất ăn", "suất ăn quỹ trao",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast"),
    F("lên 1.800 suất", "1.800", 1800, "count", "suất", "suất phục vụ mỗi ngày",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo Nghệ An: Quỹ 'Bữa cơm yêu thương' tại Bệnh viện Hữu nghị Đa khoa Nghệ An, 9 tháng năm 2023; byline and bare date at the end.",
    "'bằng 106% cùng kỳ' is the share attribute of 392.500 suất (FIGURES.md lists 'bằng 139% cùng kỳ' as a share).",
    "'quý III' (no year) takes 2023 from the lead; 'đến ngày 30/9' likewise. 'đứng thứ 2 khu vực Bắc Trung Bộ' is a rank.",
    "'4h30' (time), 'xóm 4', 'Km5 Đại lộ Lê Nin', the phone number are not figures; the age '62 tuổi' is optional.",
    "'gồm 1.100 … và 350 …' are parts of 1.450 suất. The hospital and fund are provincial: location Nghệ An throughout.",
]

if __name__ == "__main__":
    emit("p742-5", TEXT, COMMENTS, FIGS, published="2023-10-14", location="Nghệ An")
