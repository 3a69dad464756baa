from lib import F, P, write

TEXT = """BÁO SƠN LA
Xã hội

Thuận Châu: Tiếng loa bản bằng tiếng Thái, tiếng Mông

05/12/2023 09:40

Quàng Hoa

(BSL) - Mỗi sáng, khi sương còn phủ kín bản Co Muông, xã Co Mạ, tiếng loa đầu bản lại vang lên bản tin thời sự bằng tiếng Thái, tiếng Mông. Với đồng bào nhiều nơi chưa thạo tiếng phổ thông, đây là kênh thông tin gần gũi nhất.

Hiện nay, 29/29 xã, thị trấn của huyện Thuận Châu đều có đài truyền thanh, với 312 cụm loa phủ tới 498 bản, tiểu khu. Từ đầu năm đến nay, các đài đã phát 2.760 bản tin; trong đó bản tin tiếng Thái chiếm 46%, tiếng Mông chiếm 21%. Mỗi bản tin kéo dài từ 15 đến 20 phút, phát vào khung giờ 5 giờ 30 sáng và 18 giờ chiều.

Ông Lò Văn Bình, Phó Giám đốc Trung tâm Văn hóa, Truyền thông và Thể thao huyện, cho biết: Huyện có hơn 500 tuyên truyền viên cơ sở, trong đó gần 70% là người dân tộc thiểu số, thạo tiếng địa phương. Kết quả khảo sát tháng 10/2023 cho thấy 87,5% hộ gia đình ở các bản vùng cao nghe được thông tin qua loa, cao hơn 11,3 điểm phần trăm so với năm 2021.

Năm 2023, huyện bố trí 1,85 tỷ đồng sửa chữa, nâng cấp hệ thống, gấp đôi năm trước. Tuy vậy, vẫn còn 27 bản chưa có loa do địa hình chia cắt. Năm 2024, huyện dự kiến lắp thêm 40 cụm loa thông minh tại 12 xã vùng cao như Co Mạ, Long Hẹ, É Tòng, với kinh phí khoảng 1,4 tỷ đồng.

Bình luận (0)
"""

NOW = P("Hiện nay", None, "2023-12-05")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-12-05")
YTDi = P("Từ đầu năm đến nay", "2023-01-01", "2023-12-05", True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("Hiện nay, 29/29", "29", "count", "xã, thị trấn", "xã, thị trấn có đài truyền thanh", total=29),
    F("với 312 cụm loa", "312", "count", "cụm loa", "cụm loa"),
    F("tới 498 bản", "498", "count", "bản, tiểu khu", "bản, tiểu khu được loa phủ tới"),
    F("phát 2.760 bản tin", "2.760", "count", "bản tin", "bản tin các đài đã phát", period=YTD),
    F("Thái chiếm 46%", "46", "percent", "%", "bản tin tiếng Thái", period=YTD),
    F("Mông chiếm 21%", "21", "percent", "%", "bản tin tiếng Mông", period=YTD),
    F("từ 15 đến 20 phút", "15", "measure", "phút", "thời lượng mỗi bản tin", value_max=20),
    F("hơn 500 tuyên truyền viên", "500", "count", "tuyên truyền viên", "tuyên truyền viên cơ sở", approx="over"),
    F("gần 70%", "70", "percent", "%", "tuyên truyền viên là người dân tộc thiểu số", approx="nearly"),
    F("cho thấy 87,5%", "87,5", "percent", "%", "hộ gia đình ở các bản vùng cao nghe được thông tin qua loa",
      change={"direction": "increase", "value": 11.3, "unit": "điểm phần trăm", "baseline": "năm 2021"},
      period=P("tháng 10/2023", "2023-10-01", "2023-10-31")),
    F("bố trí 1,85 tỷ đồng", "1,85", "money", "đồng", "kinh phí sửa chữa, nâng cấp hệ thống",
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "năm trước"}, period=Y23),
    F("còn 27 bản", "27", "count", "bản", "bản chưa có loa", period=P("Năm 2023", "2023-01-01", "2023-12-31", True)),
    F("thêm 40 cụm loa", "40", "count", "cụm loa thông minh", "cụm loa thông minh lắp thêm", status="forecast", period=Y24),
    F("tại 12 xã", "12", "count", "xã", "xã vùng cao được lắp thêm loa", status="forecast", period=Y24),
    F("khoảng 1,4 tỷ đồng", "1,4", "money", "đồng", "kinh phí lắp thêm cụm loa thông minh", approx="about",
      status="forecast", period=Y24),
]

write("p358-5", [
    "Party newspaper (Báo Sơn La, BSL tag): Thuận Châu district — radio news in Thái and Mông on commune loudspeakers. Bare dateline '05/12/2023 09:40'.",
    "Distractors: times '5 giờ 30 sáng', '18 giờ chiều'; 'Bình luận (0)'; place and person names; 'tháng 10/2023' (survey date = period of the survey figure).",
    "'29/29 xã, thị trấn': total 29. 'Hiện nay' is no period phrase in FIGURES.md (no period); 'Từ đầu năm đến nay' ends at the dateline. The two 'chiếm' percents follow 'trong đó' parts with no",
    "number of their own, so each is a percent figure (not the share of 2.760). 'gần 70%' after 'trong đó' is a percent figure of its own.",
    "'cao hơn 11,3 điểm phần trăm so với năm 2021': change of 87,5% in 'điểm phần trăm'. 'gấp đôi năm trước' after 1,85 tỷ = its change, 2 lần.",
    "'dự kiến' governs the 2024 clause: 40 cụm loa, 12 xã, 1,4 tỷ are forecasts. No period for the length of a bulletin, tuyên truyền viên (hiện trạng).",
    "Location: Thuận Châu (district named; communes Co Mạ, Long Hẹ, É Tòng are only names).",
], TEXT, figs, published="2023-12-05", location="Thuận Châu")
