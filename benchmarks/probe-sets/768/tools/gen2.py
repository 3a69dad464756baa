"""p768-2: district portal (huyện Thạch Hà, Hà Tĩnh), sân chơi trẻ em gắn với nhà văn hóa thôn, quý I/2024."""
from lib import write, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ
Tin tức - Sự kiện » Văn hóa - Xã hội

Thạch Hà: Hơn 3,2 tỷ đồng xây dựng sân chơi cho trẻ em nông thôn

16/04/2024 08:30

Quý I/2024, từ nguồn xã hội hóa và ngân sách xã, các địa phương trên địa bàn huyện đã đầu tư hơn 3,2 tỷ đồng xây dựng, nâng cấp 38 khu vui chơi cho trẻ em gắn với nhà văn hóa thôn, gấp 1,5 lần cùng kỳ năm 2023. Trong đó, 26 khu được xây mới và 12 khu được cải tạo, bổ sung thiết bị. Mỗi khu vui chơi được đầu tư từ 60 đến 150 triệu đồng, trang bị từ 4 đến 6 loại thiết bị như xích đu, cầu trượt, bập bênh, xà đơn.

Đến nay, toàn huyện có 214/249 thôn, tổ dân phố có sân chơi cho trẻ em, đạt 85,9%, tăng 6,4 điểm phần trăm so với cuối năm 2022. Một số xã đạt tỷ lệ 100% như Thạch Long, Thạch Sơn, Việt Tiến, Thạch Kênh; riêng các xã vùng bán sơn địa như Ngọc Sơn, Nam Điền tỷ lệ chỉ đạt từ 55 đến 60%.

Ông Trần Văn Hùng, Trưởng phòng Văn hóa và Thông tin huyện cho biết, thực hiện Kế hoạch số 68/KH-UBND ngày 12/3/2024, năm 2024 huyện phấn đấu xây dựng thêm ít nhất 20 sân chơi tại các thôn còn thiếu. Mức hỗ trợ của huyện là 30 triệu đồng/sân đối với xã đạt chuẩn nông thôn mới nâng cao. Ngoài ra, Huyện đoàn sẽ phối hợp tổ chức "Ngày hội thiếu nhi" tại sân vận động huyện trên Quốc lộ 1A vào dịp 1/6.

Ngọc Anh - Trung tâm VH-TT&TT huyện
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = per("Đến nay", end="2024-04-16")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ thôn, tổ dân phố có sân chơi cho trẻ em"

FIGS = [
    fig("Hơn 3,2 tỷ đồng xây dựng sân", "3,2", 3.2e9, "money", "đồng", "kinh phí xây dựng sân chơi cho trẻ em nông thôn",
        inh(Q1), approx="over"),
    fig("đầu tư hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng",
        "kinh phí đầu tư xây dựng, nâng cấp khu vui chơi cho trẻ em", Q1, approx="over"),
    fig("nâng cấp 38 khu vui chơi", "38", 38, "count", "khu vui chơi",
        "khu vui chơi cho trẻ em gắn với nhà văn hóa thôn xây dựng, nâng cấp", Q1,
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023")),
    fig("26 khu được xây mới", "26", 26, "count", "khu", "khu vui chơi được xây mới", inh(Q1), total=38),
    fig("12 khu được cải tạo", "12", 12, "count", "khu", "khu vui chơi được cải tạo, bổ sung thiết bị", inh(Q1), total=38),
    fig("từ 60 đến 150 triệu đồng", "60", 60e6, "money", "đồng", "kinh phí đầu tư mỗi khu vui chơi",
        value_max=150e6),
    fig("từ 4 đến 6 loại thiết bị", "4", 4, "count", "loại thiết bị", "loại thiết bị trang bị mỗi khu vui chơi",
        value_max=6),
    fig("có 214/249 thôn", "214", 214, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có sân chơi cho trẻ em", NOW,
        total=249, percent=85.9, change=chg("increase", 6.4, "điểm phần trăm", "cuối năm 2022")),
    fig("tỷ lệ 100%", "100", 100, "percent", "%", RATE),
    fig("từ 55 đến 60%", "55", 55, "percent", "%", RATE, value_max=60),
    fig("ít nhất 20 sân chơi", "20", 20, "count", "sân chơi", "sân chơi xây dựng thêm tại các thôn còn thiếu", Y24,
        approx="at_least", status="target"),
    fig("30 triệu đồng/sân", "30", 30e6, "money", "đồng/sân", "mức hỗ trợ của huyện"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Hà (Hà Tĩnh): khu vui chơi trẻ em gắn với nhà văn hóa thôn, quý I/2024; byline at the end.",
    "Distractors: dateline 16/04/2024 08:30, Kế hoạch số 68/KH-UBND ngày 12/3/2024, Quốc lộ 1A, 'dịp 1/6', Trung tâm VH-TT&TT.",
    "'gấp 1,5 lần cùng kỳ năm 2023' follows the 38 playgrounds: its change (lần), not a multiple of its own.",
    "26 and 12 after 'Trong đó' (sentence break) are parts of 38. 'Đến nay' is an as-of period ending at the dateline.",
    "'tăng 6,4 điểm phần trăm' is the change of 214/249 (the figure that carries đạt 85,9%). Communes are not districts: location stays Thạch Hà.",
]

if __name__ == "__main__":
    write("p768-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Thạch Hà")
