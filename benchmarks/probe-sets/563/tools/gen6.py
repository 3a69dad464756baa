from lib import emit, fig, per, inh, chg, tgt

TEXT = """Giáo dục

Thứ tư, 14/8/2024, 06:30 (GMT+7)

Gần 12.000 học sinh dân tộc thiểu số bỏ học trong một năm

Năm học 2023-2024, cả nước có 11.860 học sinh dân tộc thiểu số bỏ học, chiếm 0,31% tổng số học sinh dân tộc thiểu số, theo báo cáo của Bộ Giáo dục và Đào tạo.

Trong đó, cấp THCS có 6.942 em, cấp THPT 3.815 em, tiểu học 1.103 em. Tỷ lệ bỏ học ở cấp THCS cao gấp 2,1 lần cấp tiểu học.

Các tỉnh có tỷ lệ học sinh dân tộc thiểu số bỏ học cao là Kon Tum (0,74%), Gia Lai (0,69%), Đắk Nông (0,61%) và Sơn La (0,55%). Riêng Kon Tum, số học sinh bỏ học tăng 14% so với năm học trước.

Khảo sát của Viện Khoa học Giáo dục Việt Nam tại 120 trường cho thấy 46,5% số học sinh bỏ học do hoàn cảnh kinh tế khó khăn, 27,3% do học lực yếu, khoảng 15% do kết hôn sớm hoặc đi làm thuê.

Hiện mỗi học sinh bán trú được hỗ trợ 936.000 đồng tiền ăn và 15 kg gạo mỗi tháng. Theo ông Nguyễn Văn Thành, Phó vụ trưởng Vụ Giáo dục dân tộc, mức này chưa đủ trang trải chi phí ăn ở khi giá thực phẩm tăng. Bộ dự kiến đề xuất nâng mức hỗ trợ tiền ăn lên 50% mức lương cơ sở.

"Nhiều em lớp 8, lớp 9 nghỉ học theo bố mẹ lên nương hoặc đi làm ở khu công nghiệp", ông Thành nói.

Mục tiêu đến năm 2030, tỷ lệ học sinh dân tộc thiểu số bỏ học giảm xuống dưới 0,2%.

Lệ Nguyễn
"""

NH24 = per("Năm học 2023-2024", "2023-09-01", "2024-05-31")
T30 = per("đến năm 2030", end="2030-12-31")

FIGS = [
    fig("Gần 12.000 học sinh", "12.000", 12000, "count", "học sinh", approx="nearly",
        subject="học sinh dân tộc thiểu số bỏ học", period=inh(NH24)),
    fig("có 11.860 học sinh", "11.860", 11860, "count", "học sinh", percent=0.31,
        subject="học sinh dân tộc thiểu số bỏ học", period=NH24),
    fig("THCS có 6.942 em", "6.942", 6942, "count", "em", total=11860,
        subject="học sinh dân tộc thiểu số bỏ học cấp THCS", period=inh(NH24)),
    fig("THPT 3.815 em", "3.815", 3815, "count", "em", total=11860,
        subject="học sinh dân tộc thiểu số bỏ học cấp THPT", period=inh(NH24)),
    fig("tiểu học 1.103 em", "1.103", 1103, "count", "em", total=11860,
        subject="học sinh dân tộc thiểu số bỏ học tiểu học", period=inh(NH24)),
    fig("gấp 2,1 lần", "2,1", 2.1, "multiple", "lần",
        subject="tỷ lệ bỏ học ở cấp THCS so với cấp tiểu học", period=inh(NH24)),
    fig("Kon Tum (0,74%)", "0,74", 0.74, "percent", "%",
        subject="tỷ lệ học sinh dân tộc thiểu số bỏ học", period=inh(NH24), location="Kon Tum"),
    fig("Gia Lai (0,69%)", "0,69", 0.69, "percent", "%",
        subject="tỷ lệ học sinh dân tộc thiểu số bỏ học", period=inh(NH24), location="Gia Lai"),
    fig("Đắk Nông (0,61%)", "0,61", 0.61, "percent", "%",
        subject="tỷ lệ học sinh dân tộc thiểu số bỏ học", period=inh(NH24), location="Đắk Nông"),
    fig("Sơn La (0,55%)", "0,55", 0.55, "percent", "%",
        subject="tỷ lệ học sinh dân tộc thiểu số bỏ học", period=inh(NH24), location="Sơn La"),
    fig("tăng 14%", "14", 14, "percent", "%",
        subject="số học sinh bỏ học so với năm học trước", period=inh(NH24), location="Kon Tum"),
    fig("tại 120 trường", "120", 120, "count", "trường",
        subject="trường được Viện Khoa học Giáo dục Việt Nam khảo sát"),
    fig("46,5% số học sinh", "46,5", 46.5, "percent", "%",
        subject="học sinh bỏ học do hoàn cảnh kinh tế khó khăn"),
    fig("27,3% do học lực", "27,3", 27.3, "percent", "%",
        subject="học sinh bỏ học do học lực yếu"),
    fig("khoảng 15% do", "15", 15, "percent", "%", approx="about",
        subject="học sinh bỏ học do kết hôn sớm hoặc đi làm thuê"),
    fig("hỗ trợ 936.000 đồng", "936.000", 936000, "money", "đồng",
        subject="hỗ trợ tiền ăn mỗi học sinh bán trú mỗi tháng"),
    fig("và 15 kg gạo", "15", 15, "measure", "kg",
        subject="hỗ trợ gạo mỗi học sinh bán trú mỗi tháng"),
    fig("lên 50% mức lương", "50", 50, "percent", "%", status="forecast",
        subject="mức hỗ trợ tiền ăn so với mức lương cơ sở"),
    fig("dưới 0,2%", "0,2", 0.2, "percent", "%", approx="under", status="target",
        subject="tỷ lệ học sinh dân tộc thiểu số bỏ học", period=T30),
]

COMMENTS = [
    "National press (VnExpress style dateline 'Thứ tư, 14/8/2024, 06:30 (GMT+7)', byline at the end): dropout of ethnic-minority pupils.",
    "School year 2023-2024 taken as 2023-09-01..2024-05-31 (the spec has no rule). Location Việt Nam except the province list.",
    "'chiếm 0,31%' is the share of 11.860; the parts after 'Trong đó' add up to 11.860 (total). 'gấp 2,1 lần' stands alone: multiple.",
    "'số học sinh bỏ học tăng 14% so với năm học trước' is a growth rate that is the claim: percent figure, no change.",
    "'Bộ dự kiến đề xuất nâng … lên 50%' -> forecast. Not figures: 'lớp 8, lớp 9' (grades), (GMT+7), dateline.",
]

if __name__ == "__main__":
    emit("p563-6", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Việt Nam")
