from lib import F, P, I, CH, emit

TEXT = """Tuổi trẻ Thái Bình lan tỏa tinh thần hiến mô, tạng

Năm 2023, Tỉnh đoàn Thái Bình đã vận động được 2.315 đoàn viên, thanh niên đăng ký hiến mô, tạng sau khi chết, gấp 1,8 lần năm 2022, vượt 15,8% chỉ tiêu được giao.

Hưởng ứng Chương trình "Hành trình đỏ" lần thứ 11 và Đại hội Đoàn toàn tỉnh lần thứ XXV, các cơ sở đoàn đã tổ chức nhiều hoạt động truyền thông tại trường học, khu công nghiệp. Các địa phương có số người đăng ký cao là: Hưng Hà (412 người), Quỳnh Phụ (365 người), Thái Thụy (298 người), thành phố Thái Bình (276 người); thấp nhất là Vũ Thư với 94 người.

Trong số 2.315 người đăng ký, có 1.468 người dưới 30 tuổi, chiếm 63,4%. Toàn tỉnh hiện có 27 điểm tư vấn, đăng ký hiến mô, tạng tại các bệnh viện và trung tâm y tế.

Cũng trong năm 2023, Bệnh viện Đa khoa tỉnh thực hiện thành công 18 ca ghép thận, nâng tổng số ca ghép thận từ năm 2017 đến nay lên 96 ca. Tỷ lệ ca ghép thành công đạt trên 98%, chi phí mỗi ca khoảng 280 triệu đồng, bằng khoảng 60% chi phí tại các bệnh viện tuyến Trung ương.

Anh Nguyễn Văn Hòa (34 tuổi, xã Thụy Hải) chia sẻ: "Tôi đăng ký vì muốn sau này phần cơ thể mình còn có ích cho người khác".

Năm 2024, Tỉnh đoàn đặt mục tiêu vận động 2.500 đoàn viên đăng ký hiến mô, tạng, phấn đấu mỗi huyện, thành phố có ít nhất 200 người đăng ký.

MINH THU
12/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "người đăng ký hiến mô, tạng"

FIGS = [
    F("được 2.315 đoàn viên", "2.315", 2315, "count", "đoàn viên", "đoàn viên, thanh niên đăng ký hiến mô, tạng sau khi chết",
      Y23, change=CH("increase", 1.8, "lần", "năm 2022")),
    F("vượt 15,8%", "15,8", 15.8, "percent", "%", "số đoàn viên đăng ký vượt chỉ tiêu được giao", Y23, optional=True),
    F("(412 người)", "412", 412, "count", "người", LIST, I(Y23), location="Hưng Hà"),
    F("(365 người)", "365", 365, "count", "người", LIST, I(Y23), location="Quỳnh Phụ"),
    F("(298 người)", "298", 298, "count", "người", LIST, I(Y23), location="Thái Thụy"),
    F("(276 người)", "276", 276, "count", "người", LIST, I(Y23), location="thành phố Thái Bình"),
    F("với 94 người", "94", 94, "count", "người", LIST, I(Y23), location="Vũ Thư"),
    F("Trong số 2.315", "2.315", 2315, "count", "người", "người đăng ký", I(Y23), optional=True),
    F("có 1.468 người", "1.468", 1468, "count", "người", "người đăng ký dưới 30 tuổi", I(Y23), total=2315,
      percent=63.4),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", "tuổi", approx="under", optional=True),
    F("có 27 điểm", "27", 27, "count", "điểm", "điểm tư vấn, đăng ký hiến mô, tạng"),
    F("công 18 ca", "18", 18, "count", "ca", "ca ghép thận Bệnh viện Đa khoa tỉnh thực hiện thành công",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 96 ca", "96", 96, "count", "ca", "tổng số ca ghép thận",
      P("từ năm 2017 đến nay", "2017-01-01", "2024-01-12")),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ ca ghép thành công", approx="over"),
    F("khoảng 280 triệu", "280", 280e6, "money", "đồng", "chi phí mỗi ca ghép thận", approx="about", percent=60),
    F("(34 tuổi", "34", 34, "measure", "tuổi", "tuổi", optional=True),
    F("động 2.500 đoàn viên", "2.500", 2500, "count", "đoàn viên", "đoàn viên đăng ký hiến mô, tạng", Y24,
      status="target"),
    F("ít nhất 200 người", "200", 200, "count", "người", "người đăng ký mỗi huyện, thành phố", Y24, approx="at_least",
      status="target"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): Tỉnh đoàn vận động đoàn viên đăng ký hiến mô, tạng năm 2023; by district; ghép thận at BVĐK tỉnh;",
    "byline and bare date '12/01/2024' at the end (= published).",
    "'gấp 1,8 lần năm 2022' after the count is its change (lần); 'vượt 15,8% chỉ tiêu' is a second change -> its own percent figure, optional",
    "(FIGURES.md 'one of each attribute'). District list: items take the list's indicator as subject and the district as location.",
    "'Trong số 2.315 người đăng ký' repeats the count as the whole of 1.468 (optional as a figure; total of 1.468). Ages ('dưới 30 tuổi',",
    "'34 tuổi') optional. '280 triệu đồng, bằng khoảng 60% chi phí tại ...' -> percent 60. 'Hiện có 27 điểm' and 'Tỷ lệ ... trên 98%': no period.",
    "revised after the first run: the district items' subject was the lead's 'đoàn viên, thanh niên ...'; FIGURES.md says the list's",
    "indicator stated before the list ('Các địa phương có số người đăng ký cao là: ...'), so now 'người đăng ký hiến mô, tạng'.",
    "'từ năm 2017 đến nay' = 2017-01-01 .. dateline. Not figures: 'lần thứ 11', 'lần thứ XXV', the byline, dates.",
]

if __name__ == "__main__":
    emit("p774-5", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Thái Bình")
