"""p1256-1: province portal (Đồng Tháp): lifejackets for schoolchildren who cross rivers, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Đồng Tháp
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Trao tặng hơn 12 nghìn áo phao cho học sinh vùng sông nước

Cập nhật: 17/10/2024 09:45 | Lượt xem: 1.386

Ngày 16/10, Sở Giáo dục và Đào tạo phối hợp Hội Chữ thập đỏ tỉnh Đồng Tháp tổ chức trao áo phao cho học sinh huyện Tân Hồng. Đợt này có 4.500 chiếc áo phao được trao cho học sinh tiểu học và trung học cơ sở ở các xã biên giới, trị giá gần 900 triệu đồng, bình quân 200.000 đồng/chiếc.

Từ đầu năm đến nay, toàn tỉnh đã vận động trao tặng 12.340 áo phao, tăng 18% so với cùng kỳ năm 2023, trong đó các nhà tài trợ đóng góp 7.200 áo phao; ngoài ra còn trao 860 phao tròn cứu sinh. Tổng kinh phí vận động ước đạt 2,6 tỷ đồng.

Theo thống kê, tỉnh hiện có 214 bến khách ngang sông, trong đó 187 bến đã được cấp phép hoạt động, chiếm 87,4%. 9 tháng đầu năm 2024, lực lượng chức năng kiểm tra 1.052 lượt phương tiện, phát hiện 63 trường hợp không trang bị đủ áo phao, xử phạt 148,5 triệu đồng.

Toàn tỉnh có 41/41 trường học vùng ven sông tổ chức dạy bơi; hơn 9.600 học sinh được học kỹ năng an toàn dưới nước, đạt 96% kế hoạch.

Năm 2025, tỉnh phấn đấu 100% học sinh đi học bằng đò được trang bị áo phao và giảm ít nhất 10% số vụ đuối nước so với năm 2024.

Tin liên quan:
- Hồng Ngự: ra quân bảo đảm an toàn giao thông đường thủy mùa nước nổi 2024
- Khánh thành cầu dân sinh số 3 xã Tân Quới
"""

DAY = per("Ngày 16/10", "2024-10-16", "2024-10-16")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-17")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TH = "Tân Hồng"

FIGS = [
    fig("hơn 12 nghìn áo phao", "12", 12000, "count", "áo phao", approx="over",
        subject="áo phao trao tặng cho học sinh vùng sông nước"),
    fig("có 4.500 chiếc", "4.500", 4500, "count", "áo phao",
        subject="áo phao trao cho học sinh tiểu học và trung học cơ sở", period=inh(DAY), location=TH),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly",
        subject="trị giá áo phao trao đợt này", period=inh(DAY), location=TH),
    fig("200.000 đồng/chiếc", "200.000", 200000, "money", "đồng/chiếc",
        subject="giá bình quân áo phao", period=inh(DAY), location=TH),
    fig("trao tặng 12.340 áo phao", "12.340", 12340, "count", "áo phao",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="áo phao toàn tỉnh vận động trao tặng", period=YTD),
    fig("góp 7.200 áo phao", "7.200", 7200, "count", "áo phao", total=12340,
        subject="áo phao các nhà tài trợ đóng góp", period=YTD),
    fig("trao 860 phao", "860", 860, "count", "phao tròn",
        subject="phao tròn cứu sinh trao tặng", period=YTD),
    fig("ước đạt 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", status="estimate",
        subject="tổng kinh phí vận động", period=inh(YTD)),
    fig("có 214 bến", "214", 214, "count", "bến", subject="bến khách ngang sông"),
    fig("187 bến đã", "187", 187, "count", "bến", total=214, percent=87.4,
        subject="bến khách ngang sông đã được cấp phép hoạt động"),
    fig("kiểm tra 1.052 lượt", "1.052", 1052, "count", "lượt phương tiện",
        subject="lượt phương tiện lực lượng chức năng kiểm tra", period=NINE),
    fig("phát hiện 63 trường hợp", "63", 63, "count", "trường hợp",
        subject="trường hợp không trang bị đủ áo phao", period=NINE),
    fig("xử phạt 148,5 triệu", "148,5", 148.5e6, "money", "đồng", subject="tiền xử phạt", period=NINE),
    fig("có 41/41 trường", "41", 41, "count", "trường học", total=41,
        subject="trường học vùng ven sông tổ chức dạy bơi"),
    fig("hơn 9.600 học sinh", "9.600", 9600, "count", "học sinh", approx="over", percent=96,
        subject="học sinh được học kỹ năng an toàn dưới nước"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="học sinh đi học bằng đò được trang bị áo phao", period=Y25),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm số vụ đuối nước", period=Y25),
]

NOTES = [
    "Province portal (Đồng Tháp): lifejackets for schoolchildren; breadcrumb, 'Cập nhật: 17/10/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, Lượt xem 1.386, 'Ngày 16/10', baselines 'năm 2023'/'năm 2024', 'mùa nước nổi 2024', 'cầu dân sinh số 3'.",
    "Headline 'hơn 12 nghìn áo phao' is a figure of its own (over), no period in the headline.",
    "The Tân Hồng passage (event of 16/10): location Tân Hồng; '4.500 chiếc áo phao' counts áo phao (chiếc is the classifier).",
    "'trong đó ... 7.200 áo phao' takes the whole 12.340; '860 phao tròn' after 'ngoài ra' is no part. 'ước đạt 2,6 tỷ' inherits YTD.",
    "'41/41 trường học' → total 41; 'đạt 96% kế hoạch' is the percent of 9.600; 'giảm ít nhất 10%' is a target rate as the claim (no change).",
]

if __name__ == "__main__":
    write("p1256-1", TEXT, NOTES, FIGS, published="2024-10-17", location="Đồng Tháp")
