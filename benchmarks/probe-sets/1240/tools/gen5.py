"""p1240-5: Party newspaper (Báo Nghệ An), lotus area and a lotus cooperative in Kim Liên, huyện Nam Đàn."""
from lib import F, P, I, C, T, write

TEXT = """Nam Đàn phát triển vùng sen gắn với du lịch về quê Bác

Những năm gần đây, cây sen không chỉ tô điểm cho quê hương Kim Liên mà còn trở thành cây trồng mang lại thu nhập ổn định cho nông dân huyện Nam Đàn. Toàn huyện hiện có 135 ha sen, trong đó diện tích chuyển đổi từ đất lúa kém hiệu quả là 92 ha.

Hợp tác xã Nông nghiệp và Dịch vụ sen Kim Liên (xã Kim Liên) được thành lập năm 2019 với 27 thành viên, nay đã tăng lên 64 thành viên, canh tác 38 ha sen. Năm 2023, HTX thu hoạch hơn 50 tấn hạt sen tươi, doanh thu đạt 4,2 tỷ đồng, lợi nhuận khoảng 1,1 tỷ đồng. HTX có 5 sản phẩm đạt OCOP, gồm trà tim sen, hạt sen sấy, bột ngó sen, trà lá sen và rượu sen; trong đó hạt sen sấy đạt OCOP 4 sao.

Mùa sen từ tháng 5 đến tháng 8 hằng năm, cánh đồng sen Kim Liên đón bình quân 1.500 - 2.000 lượt khách/ngày vào cuối tuần. Nhiều hộ dân mở dịch vụ chụp ảnh, cho thuê áo dài với mức thu 30.000 - 50.000 đồng/lượt; có hộ thu thêm 15 triệu đồng mỗi mùa sen.

Theo ông Nguyễn Văn Hải, Chủ tịch UBND huyện Nam Đàn, năm 2024 huyện đặt mục tiêu nâng diện tích sen lên 160 ha, hình thành thêm hai điểm tham quan đồng sen kết hợp trải nghiệm; phấn đấu đến năm 2025 đón 2,5 triệu lượt khách đến Khu di tích Kim Liên và các điểm du lịch trên địa bàn.

MINH CHÂU
15/6/2024
"""

Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
HTX = "HTX Nông nghiệp và Dịch vụ sen Kim Liên"

FIGS = [
    F("có 135 ha", "135", 135, "measure", "ha", subject="diện tích sen"),
    F("là 92 ha", "92", 92, "measure", "ha", total=135,
      subject="diện tích sen chuyển đổi từ đất lúa kém hiệu quả"),
    F("với 27 thành viên", "27", 27, "count", "thành viên",
      subject="thành viên " + HTX + " khi thành lập", period=Y19),
    F("lên 64 thành viên", "64", 64, "count", "thành viên", subject="thành viên " + HTX),
    F("canh tác 38 ha", "38", 38, "measure", "ha", subject="diện tích sen " + HTX + " canh tác"),
    F("hơn 50 tấn", "50", 50, "measure", "tấn", approx="over",
      subject="hạt sen tươi HTX thu hoạch", period=Y23),
    F("đạt 4,2 tỷ", "4,2", 4200000000, "money", "đồng", subject="doanh thu HTX", period=Y23),
    F("khoảng 1,1 tỷ", "1,1", 1100000000, "money", "đồng", approx="about",
      subject="lợi nhuận HTX", period=Y23),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="sản phẩm OCOP của HTX"),
    F("bình quân 1.500 - 2.000", "1.500", 1500, "measure", "lượt khách/ngày", value_max=2000,
      subject="lượt khách đến cánh đồng sen Kim Liên vào cuối tuần mùa sen"),
    F("mức thu 30.000 - 50.000", "30.000", 30000, "money", "đồng/lượt", value_max=50000,
      subject="mức thu dịch vụ chụp ảnh, cho thuê áo dài"),
    F("thêm 15 triệu", "15", 15000000, "money", "đồng/mùa sen",
      subject="thu nhập thêm của hộ dân làm dịch vụ mỗi mùa sen"),
    F("lên 160 ha", "160", 160, "measure", "ha", status="target", subject="diện tích sen", period=Y24),
    F("thêm hai điểm", "hai", 2, "count", "điểm tham quan", status="target",
      subject="điểm tham quan đồng sen kết hợp trải nghiệm hình thành thêm", period=Y24),
    F("đón 2,5 triệu", "2,5", 2500000, "count", "lượt khách", status="target",
      subject="lượt khách đến Khu di tích Kim Liên và các điểm du lịch trên địa bàn", period=T25),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): Nam Đàn lotus area, the Kim Liên lotus cooperative, lotus-season visitors, 2024/2025 targets.",
    "Byline 'MINH CHÂU' and bare date '15/6/2024' at the end give published. Every figure is in huyện Nam Đàn (default location).",
    "'được thành lập năm 2019 với 27 thành viên': the founding count, period năm 2019. 'nay đã tăng lên 64' is the present count (no change value; 'tăng lên' = 'rose to').",
    "'5 sản phẩm đạt OCOP, gồm ...' lists names, not numbers. 'OCOP 4 sao' is a rating label.",
    "'Mùa sen từ tháng 5 đến tháng 8 hằng năm' is a recurring season, not a dated period: no period for the visitor rate and service prices.",
    "'mỗi mùa sen' makes the 15 triệu a rate (đồng/mùa sen).",
    "One sentence carries two periods: 'năm 2024 ... đặt mục tiêu' (160 ha, hai điểm) and '; phấn đấu đến năm 2025' (2,5 triệu lượt).",
    "Distractors: 'tháng 5 đến tháng 8', 'Những năm gần đây', 'OCOP 4 sao', bare date 15/6/2024.",
]

if __name__ == "__main__":
    write("p1240-5", TEXT, NOTES, FIGS, published="2024-06-15", location="Nam Đàn")
