"""p935-2: district portal (huyện Hòa Vang, Đà Nẵng), weekday dateline, byline and footer."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """UBND HUYỆN HÒA VANG - TRANG THÔNG TIN ĐIỆN TỬ
Tin tức > Lao động - Xã hội

Hòa Vang nhân rộng mô hình chăm sóc người cao tuổi tại cộng đồng
Thứ Năm, 05/10/2023 - 10:45

Nhân Ngày Quốc tế Người cao tuổi 1/10, UBND huyện Hòa Vang tổ chức sơ kết mô hình chăm sóc người cao tuổi tại cộng đồng. Toàn huyện hiện có 19.640 người cao tuổi, chiếm 12,4% dân số; trong đó có 3.215 người từ 80 tuổi trở lên và 486 người cao tuổi cô đơn, không nơi nương tựa.

Từ năm 2021 đến nay, huyện đã thành lập 23 câu lạc bộ liên thế hệ tự giúp nhau tại 11/11 xã, thu hút 1.150 thành viên tham gia. Các câu lạc bộ đã huy động hơn 460 triệu đồng để hỗ trợ vốn sinh kế và thăm hỏi hội viên ốm đau. Riêng xã Hòa Phong duy trì điểm chăm sóc ban ngày với 35 người cao tuổi được chăm sóc thường xuyên, chi phí 1,2 triệu đồng/người/tháng. Người cao tuổi chỉ đóng góp 40% chi phí, phần còn lại do nhà tài trợ hỗ trợ.

Bên cạnh đó, 9 tháng đầu năm 2023, đội tình nguyện viên của huyện đã chăm sóc tại nhà cho 214 người cao tuổi, đạt 107% kế hoạch năm, gấp 1,6 lần năm 2022. Hội Người cao tuổi huyện phối hợp Trung tâm Y tế khám sức khỏe miễn phí cho khoảng 2.700 lượt người. Số người cao tuổi được hưởng trợ cấp xã hội hàng tháng là 2.964 người, với tổng kinh phí gần 9,8 tỷ đồng.

Năm 2024, huyện phấn đấu thành lập thêm 5 câu lạc bộ, nâng tổng số lên 28 câu lạc bộ; dự kiến mở thêm 2 điểm chăm sóc ban ngày tại xã Hòa Sơn và xã Hòa Nhơn với quy mô 20-25 người/điểm.

Minh Thư (Phòng LĐ-TB&XH huyện)

UBND huyện Hòa Vang - Quốc lộ 14B, thôn Dương Lâm 1, xã Hòa Phong. ĐT: 0236.3846.225
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-10-05")
M9 = months("9 tháng đầu năm 2023", 2023, 1, 9)
Y24 = year("Năm 2024", 2024)

FIGS = [
    F("hiện có 19.640 người cao tuổi", "19.640", 19640, "count", "người cao tuổi", "người cao tuổi",
      percent=12.4),
    F("có 3.215 người", "3.215", 3215, "count", "người", "người cao tuổi từ 80 tuổi trở lên", total=19640),
    F("người từ 80 tuổi trở lên", "80", 80, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
    F("và 486 người cao tuổi cô đơn", "486", 486, "count", "người cao tuổi",
      "người cao tuổi cô đơn, không nơi nương tựa", total=19640),
    F("thành lập 23 câu lạc bộ", "23", 23, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau", SINCE),
    F("tại 11/11 xã", "11", 11, "count", "xã", "xã có câu lạc bộ liên thế hệ tự giúp nhau", SINCE, total=11),
    F("thu hút 1.150 thành viên", "1.150", 1150, "count", "thành viên",
      "thành viên câu lạc bộ liên thế hệ tự giúp nhau", SINCE),
    F("huy động hơn 460 triệu đồng", "460", 460e6, "money", "đồng", "kinh phí các câu lạc bộ huy động",
      inh(SINCE), approx="over"),
    F("với 35 người cao tuổi", "35", 35, "count", "người cao tuổi",
      "người cao tuổi được chăm sóc thường xuyên tại điểm chăm sóc ban ngày xã Hòa Phong"),
    F("chi phí 1,2 triệu đồng/người/tháng", "1,2", 1.2e6, "money", "đồng/người/tháng",
      "chi phí điểm chăm sóc ban ngày"),
    F("đóng góp 40% chi phí", "40", 40, "percent", "%", "phần chi phí người cao tuổi đóng góp"),
    F("cho 214 người cao tuổi", "214", 214, "count", "người cao tuổi",
      "người cao tuổi được đội tình nguyện viên chăm sóc tại nhà", M9, percent=107,
      change=chg("increase", 1.6, "lần", "năm 2022")),
    F("khoảng 2.700 lượt người", "2.700", 2700, "count", "lượt người", "lượt người được khám sức khỏe miễn phí",
      inh(M9), approx="about"),
    F("hàng tháng là 2.964 người", "2.964", 2964, "count", "người",
      "người cao tuổi được hưởng trợ cấp xã hội hàng tháng", inh(M9)),
    F("gần 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "tổng kinh phí trợ cấp xã hội hàng tháng",
      inh(M9), approx="nearly"),
    F("thêm 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", "câu lạc bộ thành lập thêm", Y24, status="target"),
    F("lên 28 câu lạc bộ", "28", 28, "count", "câu lạc bộ", "tổng số câu lạc bộ", Y24, status="target"),
    F("thêm 2 điểm", "2", 2, "count", "điểm", "điểm chăm sóc ban ngày mở thêm", Y24, status="forecast"),
    F("quy mô 20-25 người/điểm", "20", 20, "measure", "người/điểm", "quy mô điểm chăm sóc ban ngày", Y24,
      value_max=25, status="forecast"),
]

NOTES = [
    "Trang TTĐT huyện Hòa Vang (Đà Nẵng), district portal; all figures are the district's (communes lie in it).",
    "'trong đó' parts 3.215 and 486 take the whole 19.640. '11/11 xã' total 11. 'đạt 107% kế hoạch năm' = percent;",
    "'gấp 1,6 lần năm 2022' after the count = its change (increase, 1,6 lần, like 'tăng 2,8 lần'). '40% chi phí' stands in its own",
    "sentence: a percent figure. 'từ 80 tuổi trở lên' is a category threshold (optional). Not figures: 'Ngày Quốc tế Người cao tuổi 1/10',",
    "'Quốc lộ 14B', 'thôn Dương Lâm 1', the phone number, the dateline.",
]

if __name__ == "__main__":
    write("p935-2", TEXT, FIGS, NOTES, published="2023-10-05", location="Hòa Vang")
