"""p1516-4: ministry site (Bộ Y tế, Cục Quản lý môi trường y tế): registration of household insecticide products, 2023."""
from lib import F, P, inh, C, T, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Bộ

Năm 2023, 186 chế phẩm diệt côn trùng, diệt khuẩn được cấp mới số đăng ký

12/01/2024 | 16:20 | Cục Quản lý môi trường y tế

Năm 2023, Cục Quản lý môi trường y tế (Bộ Y tế) tiếp nhận 412 hồ sơ đăng ký lưu hành chế phẩm diệt côn trùng, diệt khuẩn dùng trong lĩnh vực gia dụng và y tế, tăng 7,6% so với năm 2022, gồm 231 hồ sơ cấp mới, 138 hồ sơ gia hạn và 43 hồ sơ cấp lại. Cục đã cấp mới số đăng ký lưu hành cho 186 chế phẩm; 29 hồ sơ bị từ chối do không đáp ứng yêu cầu.

Tính đến ngày 31/12/2023, cả nước có 1.274 chế phẩm còn hiệu lực số đăng ký, trong đó nhóm chế phẩm diệt muỗi dạng hương (nhang) và bình xịt chiếm khoảng 41%. Khoảng 65% chế phẩm là hàng nhập khẩu, chủ yếu từ Trung Quốc, Thái Lan, Malaysia và Nhật Bản.

Cũng trong năm, Cục phối hợp với Sở Y tế 23 tỉnh, thành phố kiểm tra hậu kiểm, lấy 156 mẫu để kiểm nghiệm, phát hiện 9 mẫu có hàm lượng hoạt chất thấp hơn hồ sơ đăng ký, chiếm 5,8% số mẫu. Cục đã thu hồi số đăng ký của 4 chế phẩm và xử phạt 6 cơ sở với tổng số tiền 327,5 triệu đồng.

Từ ngày 01/7/2024, toàn bộ thủ tục đăng ký theo Nghị định số 91/2016/NĐ-CP và Nghị định số 155/2018/NĐ-CP sẽ được thực hiện trực tuyến toàn trình. Mục tiêu đến năm 2025, tối thiểu 90% hồ sơ được giải quyết đúng hạn, thời gian thẩm định rút ngắn còn 30 ngày làm việc.

Tin cùng chuyên mục:
- Hướng dẫn phòng, chống sốt xuất huyết mùa mưa năm 2024
- Tập huấn quản lý hóa chất, chế phẩm gia dụng khu vực phía Nam

Cục Quản lý môi trường y tế - 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
IN_Y = P("Cũng trong năm", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Năm 2023, 186 chế phẩm", "186", 186, "count", "chế phẩm",
      subject="chế phẩm diệt côn trùng, diệt khuẩn được cấp mới số đăng ký", period=Y23),
    F("tiếp nhận 412 hồ sơ", "412", 412, "count", "hồ sơ", change=C("increase", 7.6, "%", "năm 2022"),
      subject="hồ sơ đăng ký lưu hành chế phẩm diệt côn trùng, diệt khuẩn", period=Y23),
    F("gồm 231 hồ sơ", "231", 231, "count", "hồ sơ", total=412, subject="hồ sơ cấp mới", period=Y23),
    F("138 hồ sơ", "138", 138, "count", "hồ sơ", total=412, subject="hồ sơ gia hạn", period=Y23),
    F("và 43 hồ sơ", "43", 43, "count", "hồ sơ", total=412, subject="hồ sơ cấp lại", period=Y23),
    F("cho 186 chế phẩm", "186", 186, "count", "chế phẩm",
      subject="chế phẩm được cấp mới số đăng ký lưu hành", period=inh(Y23)),
    F("29 hồ sơ", "29", 29, "count", "hồ sơ", subject="hồ sơ bị từ chối", period=inh(Y23)),
    F("có 1.274 chế phẩm", "1.274", 1274, "count", "chế phẩm",
      subject="chế phẩm còn hiệu lực số đăng ký", period=ASOF),
    F("chiếm khoảng 41%", "41", 41, "percent", "%", approx="about",
      subject="nhóm chế phẩm diệt muỗi dạng hương (nhang) và bình xịt", period=ASOF),
    F("Khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="chế phẩm là hàng nhập khẩu", period=inh(ASOF)),
    F("Sở Y tế 23 tỉnh", "23", 23, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố phối hợp kiểm tra hậu kiểm", period=IN_Y),
    F("lấy 156 mẫu", "156", 156, "count", "mẫu", subject="mẫu lấy để kiểm nghiệm", period=IN_Y),
    F("phát hiện 9 mẫu", "9", 9, "count", "mẫu", percent=5.8,
      subject="mẫu có hàm lượng hoạt chất thấp hơn hồ sơ đăng ký", period=IN_Y),
    F("của 4 chế phẩm", "4", 4, "count", "chế phẩm", subject="chế phẩm bị thu hồi số đăng ký",
      period=inh(IN_Y)),
    F("xử phạt 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở bị xử phạt", period=inh(IN_Y)),
    F("số tiền 327,5 triệu", "327,5", 327.5e6, "money", "đồng", subject="tổng số tiền xử phạt",
      period=inh(IN_Y)),
    F("tối thiểu 90%", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="hồ sơ được giải quyết đúng hạn", period=TO25),
    F("còn 30 ngày", "30", 30, "measure", "ngày làm việc", status="target",
      subject="thời gian thẩm định", period=TO25),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục Quản lý môi trường y tế): registration of household insecticide and disinfectant products, 2023.",
    "All figures national: location Việt Nam (a ministry's national totals; '23 tỉnh, thành phố' is a count of provinces).",
    "Distractors: '12/01/2024 | 16:20', 'Năm 2023' in the headline (period), Nghị định số 91/2016/NĐ-CP, 155/2018/NĐ-CP,",
    "'Từ ngày 01/7/2024', '138A Giảng Võ', 'năm 2024' in a related link.",
    "'gồm 231 ..., 138 ... và 43 hồ sơ' add up to 412: total 412. '29 hồ sơ bị từ chối' stands after ';' in another sentence with no cue: no total.",
    "'trong đó nhóm ... chiếm khoảng 41%' has no amount of its own: a percent figure (about), period the as-of date of its sentence.",
    "'Cũng trong năm' = the year 2023 of the article (as 'trong tháng' in a monthly report).",
    "'chiếm 5,8% số mẫu' is the percent attribute of 9 mẫu (no 'trên tổng số' cue, so no total).",
    "'Mục tiêu đến năm 2025' governs both clauses of the sentence: 90% and 30 ngày làm việc are targets.",
]

if __name__ == "__main__":
    write("p1516-4", TEXT, NOTES, FIGS, published="2024-01-12", location="Việt Nam")
