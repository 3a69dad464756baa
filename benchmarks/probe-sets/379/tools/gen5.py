from lib import F, P, C, T, emit

text = """BỘ CÔNG THƯƠNG
Cổng thông tin điện tử
Tin tức > Hoạt động của Bộ

Tổng kết Chương trình cấp điện nông thôn, miền núi và hải đảo

Sáng 25/6, tại Hà Nội, Bộ Công Thương tổ chức Hội nghị tổng kết Chương trình cấp điện nông thôn, miền núi và hải đảo giai đoạn 2016-2020 và đánh giá giữa kỳ giai đoạn 2021-2025 (theo Quyết định số 2081/QĐ-TTg). Theo báo cáo, tính đến hết năm 2023, cả nước có 100% số xã có điện lưới quốc gia và 99,73% số hộ dân được sử dụng điện, trong đó tỷ lệ hộ dân nông thôn có điện đạt 99,61%.

Giai đoạn 2016-2020, Chương trình đã cấp điện cho khoảng 272.000 hộ dân với tổng vốn đầu tư hơn 9,4 nghìn tỷ đồng, trong đó ngân sách trung ương hỗ trợ 7.860 tỷ đồng, chiếm 83,6%. Đối với giai đoạn 2021-2025, tổng nhu cầu vốn của Chương trình là 16.341 tỷ đồng; tuy nhiên, từ năm 2021 đến nay mới được bố trí 2.855,6 tỷ đồng (đạt 17,5% nhu cầu).

Các địa phương có tỷ lệ hộ dân sử dụng điện thấp nhất là Điện Biên (95,1%), Lai Châu (96,4%), Hà Giang (97,2%) và Đắk Nông (97,8%). Cả nước hiện còn khoảng 1.250 thôn, bản và gần 170.000 hộ dân chưa được sử dụng điện lưới, tập trung chủ yếu tại 26 tỉnh miền núi phía Bắc và Tây Nguyên. Suất đầu tư cấp điện bình quân ở vùng sâu, vùng xa từ 80 đến 120 triệu đồng/hộ, gấp khoảng 3 lần khu vực đồng bằng.

Đối với các huyện đảo, đã có 10/12 huyện đảo được cấp điện lưới quốc gia; hai huyện đảo còn lại sử dụng nguồn diesel kết hợp điện mặt trời với tổng công suất khoảng 4,8 MW.

Mục tiêu đến năm 2025, 99,8% số hộ dân nông thôn được sử dụng điện, trong đó vùng đồng bào dân tộc thiểu số đạt từ 98,5% đến 99%; đến năm 2030 đạt 100%. Thứ trưởng đề nghị các địa phương ưu tiên các xã đặc biệt khó khăn thuộc Chương trình 135.

Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp - Bộ Công Thương, 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội"""

Y23 = P("tính đến hết năm 2023", end="2023-12-31")
G16 = P("Giai đoạn 2016-2020", "2016-01-01", "2020-12-31")
G21 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
DN = P("từ năm 2021 đến nay", "2021-01-01")
T25 = P("đến năm 2025", end="2025-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

figs = [
    F("có 100% số xã", "100", 100, "percent", "%", "số xã có điện lưới quốc gia", Y23),
    F("và 99,73% số hộ", "99,73", 99.73, "percent", "%", "số hộ dân được sử dụng điện", Y23),
    F("đạt 99,61%", "99,61", 99.61, "percent", "%", "tỷ lệ hộ dân nông thôn có điện", Y23),
    F("khoảng 272.000 hộ", "272.000", 272000, "count", "hộ dân", "hộ dân được cấp điện", G16, approx="about"),
    F("hơn 9,4 nghìn tỷ đồng", "9,4", 9.4e12, "money", "đồng", "tổng vốn đầu tư", G16, approx="over"),
    F("hỗ trợ 7.860 tỷ đồng", "7.860", 7860e9, "money", "đồng", "ngân sách trung ương hỗ trợ", G16,
      total=9.4e12, percent=83.6),
    F("là 16.341 tỷ đồng", "16.341", 16341e9, "money", "đồng", "tổng nhu cầu vốn của Chương trình", G21),
    F("bố trí 2.855,6 tỷ đồng", "2.855,6", 2855.6e9, "money", "đồng", "vốn được bố trí", DN, percent=17.5),
    F("Điện Biên (95,1%)", "95,1", 95.1, "percent", "%", "tỷ lệ hộ dân sử dụng điện", location="Điện Biên"),
    F("Lai Châu (96,4%)", "96,4", 96.4, "percent", "%", "tỷ lệ hộ dân sử dụng điện", location="Lai Châu"),
    F("Hà Giang (97,2%)", "97,2", 97.2, "percent", "%", "tỷ lệ hộ dân sử dụng điện", location="Hà Giang"),
    F("Đắk Nông (97,8%)", "97,8", 97.8, "percent", "%", "tỷ lệ hộ dân sử dụng điện", location="Đắk Nông"),
    F("khoảng 1.250 thôn", "1.250", 1250, "count", "thôn, bản", "thôn, bản chưa được sử dụng điện lưới", approx="about"),
    F("gần 170.000 hộ", "170.000", 170000, "count", "hộ dân", "hộ dân chưa được sử dụng điện lưới", approx="nearly"),
    F("tại 26 tỉnh", "26", 26, "count", "tỉnh", "tỉnh miền núi phía Bắc và Tây Nguyên có thôn, bản chưa có điện lưới"),
    F("từ 80 đến 120 triệu đồng/hộ", "80", 80e6, "money", "đồng/hộ", "suất đầu tư cấp điện bình quân ở vùng sâu, vùng xa",
      value_max=120e6, change=C("increase", 3, "lần", "khu vực đồng bằng", approx="about")),
    F("có 10/12 huyện", "10", 10, "count", "huyện đảo", "huyện đảo được cấp điện lưới quốc gia", total=12),
    F("hai huyện đảo", "hai", 2, "count", "huyện đảo", "huyện đảo dùng nguồn diesel kết hợp điện mặt trời", total=12,
      optional=True),
    F("khoảng 4,8 MW", "4,8", 4.8, "measure", "MW", "tổng công suất nguồn diesel kết hợp điện mặt trời", approx="about"),
    F("2025, 99,8% số hộ", "99,8", 99.8, "percent", "%", "số hộ dân nông thôn được sử dụng điện", T25, status="target"),
    F("từ 98,5% đến 99%", "98,5", 98.5, "percent", "%", "hộ vùng đồng bào dân tộc thiểu số được sử dụng điện", T25,
      value_max=99, status="target"),
    F("2030 đạt 100%", "100", 100, "percent", "%", "số hộ dân nông thôn được sử dụng điện", T30, status="target"),
]

emit("p379-5", text, [
    "Bộ Công Thương portal: tổng kết Chương trình cấp điện nông thôn, miền núi và hải đảo. No dateline at all ('Sáng 25/6' has no year): no published;",
    "'từ năm 2021 đến nay' therefore has start 2021-01-01 and no end. National figures: location Việt Nam; province list items take their province.",
    "'hơn 9,4 nghìn tỷ đồng' = 9,4·10^12; 'trong đó ngân sách trung ương … chiếm 83,6%' part with total and share. '(đạt 17,5% nhu cầu)' percent of 2.855,6 tỷ.",
    "'từ 80 đến 120 triệu đồng/hộ' money range (unit đồng/hộ); 'gấp khoảng 3 lần khu vực đồng bằng' its change (lần, about).",
    "'10/12 huyện đảo' total 12; 'hai huyện đảo còn lại' optional (remainder). Targets 'đến năm 2025/2030'. 'Chương trình 135', QĐ 2081/QĐ-TTg, address: distractors.",
], figs, location="Việt Nam")
