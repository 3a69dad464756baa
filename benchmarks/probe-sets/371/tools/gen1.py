from lib import F, P, emit

TEXT = """Cổng Thông tin điện tử tỉnh Hà Giang
Trang chủ > Tin tức - Sự kiện > Y tế
Tỷ lệ phụ nữ sinh con tại cơ sở y tế 6 tháng đầu năm 2024 đạt 91,6%
Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.317

Theo báo cáo của Sở Y tế, 6 tháng đầu năm 2024 toàn tỉnh Hà Giang ghi nhận 7.842 trường hợp sinh, giảm 3,1% so với cùng kỳ năm 2023; trong đó có 7.183 ca sinh tại cơ sở y tế và 659 ca sinh tại nhà. Tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 91,6%, tăng 2,4 điểm phần trăm so với cùng kỳ; tỷ lệ ca đẻ có cán bộ y tế đỡ đạt 95,3%.

Công tác quản lý thai nghén tiếp tục được duy trì. Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần trong 3 thời kỳ đạt 72,5% (chỉ tiêu năm 2024 là 75%); tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc sau sinh tại nhà trong tuần đầu đạt 68,9%. Có 6.915 phụ nữ có thai được tiêm phòng uốn ván đủ liều, đạt 88,2%.

Tỷ lệ sinh tại cơ sở y tế vẫn chênh lệch giữa các địa phương: thành phố Hà Giang (99,8%), huyện Bắc Quang (98,1%), huyện Vị Xuyên (95,4%); thấp nhất là các huyện vùng cao núi đá Mèo Vạc (78,6%), Đồng Văn (80,2%) và Xín Mần (83,7%).

Trong 6 tháng, toàn tỉnh có 2 trường hợp tử vong mẹ và 41 trường hợp tử vong sơ sinh, giảm 9 trường hợp so với cùng kỳ.

Để đạt chỉ tiêu năm 2024 là 93% phụ nữ sinh con tại cơ sở y tế, ngành y tế phấn đấu mỗi thôn vùng cao có ít nhất 1 cô đỡ thôn bản được đào tạo; dự kiến 6 tháng cuối năm tổ chức 35 lớp tập huấn cho khoảng 700 học viên. Theo Kế hoạch số 126/KH-UBND ngày 20/5/2024 của UBND tỉnh, tổng kinh phí bố trí cho các hoạt động này là 2,35 tỷ đồng.

Thông tin chi tiết xin liên hệ Phòng Nghiệp vụ Y, Sở Y tế, số 338 đường Nguyễn Trãi, phường Nguyễn Trãi; ĐT: 0219.3866.204.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
LIST = "tỷ lệ sinh tại cơ sở y tế"

FIGS = [
    F("năm 2024 đạt 91,6%", "91,6", 91.6, "percent", "%", "Tỷ lệ phụ nữ sinh con tại cơ sở y tế", H1),
    F("ghi nhận 7.842 trường hợp sinh", "7.842", 7842, "count", "trường hợp sinh", "trường hợp sinh", H1,
      change=dict(direction="decrease", value=3.1, unit="%", baseline="cùng kỳ năm 2023")),
    F("có 7.183 ca sinh", "7.183", 7183, "count", "ca sinh", "ca sinh tại cơ sở y tế", H1, total=7842),
    F("và 659 ca sinh tại nhà", "659", 659, "count", "ca sinh", "ca sinh tại nhà", H1, total=7842),
    F("y tế đạt 91,6%, tăng", "91,6", 91.6, "percent", "%", "Tỷ lệ phụ nữ sinh con tại cơ sở y tế", H1i,
      change=dict(direction="increase", value=2.4, unit="điểm phần trăm", baseline="cùng kỳ")),
    F("đỡ đạt 95,3%", "95,3", 95.3, "percent", "%", "tỷ lệ ca đẻ có cán bộ y tế đỡ", H1i),
    F("ít nhất 4 lần trong", "4", 4, "count", "lần", optional=True, approx="at_least"),
    F("trong 3 thời kỳ", "3", 3, "count", "thời kỳ", optional=True),
    F("thời kỳ đạt 72,5%", "72,5", 72.5, "percent", "%",
      "Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần trong 3 thời kỳ", H1i,
      target=dict(value=75, unit="%")),
    F("tuần đầu đạt 68,9%", "68,9", 68.9, "percent", "%",
      "tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc sau sinh tại nhà trong tuần đầu", H1i),
    F("Có 6.915 phụ nữ có thai", "6.915", 6915, "count", "phụ nữ có thai",
      "phụ nữ có thai được tiêm phòng uốn ván đủ liều", H1i, percent=88.2),
    F("thành phố Hà Giang (99,8%)", "99,8", 99.8, "percent", "%", LIST, H1i, location="Hà Giang"),
    F("Bắc Quang (98,1%)", "98,1", 98.1, "percent", "%", LIST, H1i, location="Bắc Quang"),
    F("Vị Xuyên (95,4%)", "95,4", 95.4, "percent", "%", LIST, H1i, location="Vị Xuyên"),
    F("Mèo Vạc (78,6%)", "78,6", 78.6, "percent", "%", LIST, H1i, location="Mèo Vạc"),
    F("Đồng Văn (80,2%)", "80,2", 80.2, "percent", "%", LIST, H1i, location="Đồng Văn"),
    F("Xín Mần (83,7%)", "83,7", 83.7, "percent", "%", LIST, H1i, location="Xín Mần"),
    F("có 2 trường hợp tử vong mẹ", "2", 2, "count", "trường hợp", "trường hợp tử vong mẹ", P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("và 41 trường hợp tử vong sơ sinh", "41", 41, "count", "trường hợp", "trường hợp tử vong sơ sinh", P("Trong 6 tháng", "2024-01-01", "2024-06-30"),
      change=dict(direction="decrease", value=9, unit="trường hợp", baseline="cùng kỳ")),
    F("là 93% phụ nữ", "93", 93, "percent", "%", "phụ nữ sinh con tại cơ sở y tế",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 1 cô đỡ", "1", 1, "count", "cô đỡ thôn bản", "cô đỡ thôn bản được đào tạo ở mỗi thôn vùng cao",
      approx="at_least", status="target", optional=True),
    F("tổ chức 35 lớp tập huấn", "35", 35, "count", "lớp tập huấn", "lớp tập huấn",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), status="forecast"),
    F("khoảng 700 học viên", "700", 700, "count", "học viên", "học viên tập huấn",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
    F("là 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "tổng kinh phí bố trí cho các hoạt động"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (province portal): chăm sóc bà mẹ, trẻ sơ sinh 6 tháng đầu năm 2024. 'Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.317'.",
    "Distractors: view counter, 'Kế hoạch số 126/KH-UBND ngày 20/5/2024', 'số 338 đường Nguyễn Trãi', phone 0219.3866.204, 'Trong 6 tháng'.",
    "7.183 and 659 follow 'trong đó' after 7.842 trường hợp sinh (they add up): total 7842. The headline 91,6% is a figure of its own.",
    "'tăng 2,4 điểm phần trăm' is the change of the 91,6% rate; '(chỉ tiêu năm 2024 là 75%)' is the target of 72,5%.",
    "'thành phố Hà Giang' shares the province name. Criteria 'ít nhất 4 lần', '3 thời kỳ', per-village 'ít nhất 1 cô đỡ' optional.",
    "'dự kiến 6 tháng cuối năm' gives status forecast and period Jul-Dec 2024. The budget has no period (the plan's date is a date).",
]
emit(1, TEXT, COMMENTS, FIGS, published="2024-07-16", location="Hà Giang")
