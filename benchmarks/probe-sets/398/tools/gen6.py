from lib import F, P, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Giáo dục - Y tế | Cải cách hành chính

Đông Anh: 100% trường công lập thu học phí không dùng tiền mặt

Tính đến ngày 31/10/2024, toàn bộ 97 trường mầm non, tiểu học, trung học cơ sở công lập trên địa bàn huyện đã thu học phí và các khoản thu thỏa thuận qua ngân hàng. Theo Phòng Giáo dục và Đào tạo huyện, trong tháng 10/2024, các trường đã thu qua ngân hàng 41,8 tỷ đồng, tăng 12,6% so với cùng kỳ năm 2023; có gần 68.200 học sinh nộp các khoản thu qua ứng dụng ngân hàng.

Tỷ lệ phụ huynh nộp học phí qua ứng dụng ngân hàng theo cấp học lần lượt là: mầm non 94,5%, tiểu học 98,2%, trung học cơ sở 99,1%. Thầy Nguyễn Văn Bình, Hiệu trưởng Trường Tiểu học Uy Nỗ, cho biết nhà trường có 1.312 học sinh ở 32 lớp, mỗi tháng tiết kiệm khoảng 20 giờ công của giáo viên thu tiền.

Cùng với giáo dục, thanh toán phí, lệ phí dịch vụ công trực tuyến cũng chuyển biến rõ nét. 10 tháng năm 2024, Bộ phận Một cửa huyện và 24 xã, thị trấn tiếp nhận 15.730 hồ sơ trực tuyến có phí, lệ phí; trong đó 13.984 hồ sơ được thanh toán trực tuyến, đạt 88,9%. Các lĩnh vực có tỷ lệ thanh toán trực tuyến cao là hộ tịch (96,7%), xây dựng (90,5%), đất đai (84,2%).

Năm 2025, huyện phấn đấu tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến đạt trên 95%, không còn thu tiền mặt tại 100% cơ sở y tế công lập.

Bộ phận Một cửa huyện: số 68 đường Cao Lỗ, thị trấn Đông Anh; điện thoại 024.3883.2457.

Minh Tuấn - Trung tâm Văn hóa, Thông tin và Thể thao huyện
05/11/2024
"""

ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
T10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
T10_I = P("tháng 10/2024", "2024-10-01", "2024-10-31", inh=True)
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10_I = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("100% trường công lập", "100", 100, "percent", "%",
      "trường công lập thu học phí không dùng tiền mặt"),
    F("toàn bộ 97 trường", "97", 97, "count", "trường",
      "trường mầm non, tiểu học, trung học cơ sở công lập thu học phí qua ngân hàng", ASOF),
    F("41,8 tỷ đồng", "41,8", 41.8e9, "money", "đồng", "thu qua ngân hàng", T10,
      change=CH("increase", 12.6, "%", "cùng kỳ năm 2023")),
    F("gần 68.200 học sinh", "68.200", 68200, "count", "học sinh",
      "học sinh nộp các khoản thu qua ứng dụng ngân hàng", T10, approx="nearly"),
    F("mầm non 94,5%", "94,5", 94.5, "percent", "%",
      "Tỷ lệ phụ huynh nộp học phí qua ứng dụng ngân hàng mầm non", T10_I),
    F("tiểu học 98,2%", "98,2", 98.2, "percent", "%",
      "Tỷ lệ phụ huynh nộp học phí qua ứng dụng ngân hàng tiểu học", T10_I),
    F("trung học cơ sở 99,1%", "99,1", 99.1, "percent", "%",
      "Tỷ lệ phụ huynh nộp học phí qua ứng dụng ngân hàng trung học cơ sở", T10_I),
    F("có 1.312 học sinh", "1.312", 1312, "count", "học sinh", "học sinh Trường Tiểu học Uy Nỗ"),
    F("ở 32 lớp", "32", 32, "count", "lớp", "lớp Trường Tiểu học Uy Nỗ"),
    F("khoảng 20 giờ công", "20", 20, "measure", "giờ công",
      "giờ công của giáo viên thu tiền tiết kiệm mỗi tháng", approx="about"),
    F("và 24 xã, thị trấn", "24", 24, "count", "xã, thị trấn", "xã, thị trấn", M10, optional=True),
    F("tiếp nhận 15.730 hồ sơ", "15.730", 15730, "count", "hồ sơ",
      "hồ sơ trực tuyến có phí, lệ phí", M10),
    F("trong đó 13.984 hồ sơ", "13.984", 13984, "count", "hồ sơ",
      "hồ sơ được thanh toán trực tuyến", M10, total=15730, percent=88.9),
    F("hộ tịch (96,7%)", "96,7", 96.7, "percent", "%", "tỷ lệ thanh toán trực tuyến lĩnh vực hộ tịch", M10_I),
    F("xây dựng (90,5%)", "90,5", 90.5, "percent", "%", "tỷ lệ thanh toán trực tuyến lĩnh vực xây dựng", M10_I),
    F("đất đai (84,2%)", "84,2", 84.2, "percent", "%", "tỷ lệ thanh toán trực tuyến lĩnh vực đất đai", M10_I),
    F("đạt trên 95%", "95", 95, "percent", "%",
      "tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến", Y25, approx="over", status="target"),
    F("tại 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở y tế công lập không còn thu tiền mặt", Y25, status="target"),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Đông Anh, Hà Nội): học phí qua ngân hàng, phí/lệ phí dịch vụ công trực tuyến. No dateline at the top; the bare date '05/11/2024' under the byline at the end is its date.",
    "Distractors: 'Trường Tiểu học Uy Nỗ' (a commune name inside a school's name), address 'số 68 đường Cao Lỗ', phone 024.3883.2457, dates 31/10/2024, 'cùng kỳ năm 2023'.",
    "'tăng 12,6% so với cùng kỳ năm 2023' is the change of 41,8 tỷ đồng (the clause it continues); 'gần 68.200 học sinh' is a figure of its own in the next clause.",
    "List 'lần lượt là: mầm non 94,5%, …' shares the indicator 'Tỷ lệ phụ huynh nộp học phí qua ứng dụng ngân hàng' (level added to the subject); fields list likewise.",
    "'trong đó 13.984 hồ sơ …, đạt 88,9%' after 15.730 hồ sơ: total 15730, percent 88.9. '24 xã, thị trấn' (structure of the one-stop network) is optional.",
    "The headline's '100% trường công lập' is a figure (no period in the headline). School details (1.312 học sinh, 32 lớp, 20 giờ công/tháng) have no stated period. Targets for 'Năm 2025' (status target; 'trên 95%' over).",
]

emit("p398-6", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Đông Anh")
