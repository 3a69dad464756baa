"""p1128-5: Party newspaper (Báo Bình Thuận): a wind-power company funds wells in Phan Thanh (Bắc Bình); province figures."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH THUẬN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH THUẬN
Kinh tế > Nông nghiệp

Giếng khoan mới giải “cơn khát” cho đồng bào Chăm ở Bắc Bình

Những ngày này, người dân thôn Bình Minh, xã Phan Thanh (huyện Bắc Bình) không còn phải xếp hàng chờ xe chở nước như mùa khô năm trước. Từ tháng 2 đến nay, Công ty CP Phong điện Hòa Thắng đã tài trợ 1,2 tỷ đồng để khoan 8 giếng tập trung, mỗi giếng sâu khoảng 100 m, kèm 8 bể chứa dung tích 10 m3. Hai giếng đầu tiên đưa vào sử dụng từ ngày 15/3, cung cấp nước cho 146 hộ với 620 nhân khẩu.

Bà Thông Thị Hạnh, 52 tuổi, cho biết trước đây mỗi tháng gia đình 5 người phải mua khoảng 6 m3 nước với giá 80.000 đồng/m3, tốn gần 500.000 đồng. “Giờ có giếng gần nhà, tiền nước mỗi tháng chỉ còn chừng 60.000 đồng”, bà Hạnh nói.

Theo Sở Nông nghiệp và PTNT, mùa khô năm nay toàn tỉnh có 2.950 hộ thiếu nước sinh hoạt, chủ yếu ở Tuy Phong, Bắc Bình và Hàm Thuận Bắc. Từ đầu năm đến nay, các địa phương đã chi 4,6 tỷ đồng để chở 12.300 m3 nước, nạo vét 37 giếng đào và khoan mới 21 giếng. Tỉnh đang lập dự án cấp nước cho xã Phan Dũng (huyện Tuy Phong) với tổng mức đầu tư dự kiến 45 tỷ đồng, công suất 1.200 m3/ngày đêm, phục vụ khoảng 700 hộ.

Đây là lần thứ hai doanh nghiệp đồng hành cùng địa phương trong công tác phòng, chống hạn.

NGUYÊN HƯƠNG
08/4/2024
"""

SINCE_FEB = P("Từ tháng 2 đến nay", "2024-02-01", "2024-04-08")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-08")
BB = "Bắc Bình"
TP = "Tuy Phong"

FIGS = [
    F("tài trợ 1,2 tỷ", "1,2", 1200000000, "money", "đồng",
      subject="kinh phí Công ty CP Phong điện Hòa Thắng tài trợ khoan giếng", period=SINCE_FEB, location=BB),
    F("khoan 8 giếng", "8", 8, "count", "giếng", subject="giếng tập trung được tài trợ khoan",
      period=SINCE_FEB, location=BB),
    F("sâu khoảng 100 m", "100", 100, "measure", "m", approx="about", subject="độ sâu mỗi giếng", location=BB),
    F("kèm 8 bể", "8", 8, "count", "bể chứa", subject="bể chứa kèm theo giếng", period=SINCE_FEB, location=BB),
    F("dung tích 10 m3", "10", 10, "measure", "m3", subject="dung tích bể chứa", location=BB),
    F("Hai giếng đầu tiên", "Hai", 2, "count", "giếng", subject="giếng đầu tiên đưa vào sử dụng", location=BB),
    F("cho 146 hộ", "146", 146, "count", "hộ", subject="hộ được cung cấp nước từ hai giếng đầu tiên", location=BB),
    F("với 620 nhân khẩu", "620", 620, "count", "nhân khẩu",
      subject="nhân khẩu được cung cấp nước từ hai giếng đầu tiên", location=BB),
    F("52 tuổi", "52", 52, "measure", "tuổi", optional=True, location=BB),
    F("gia đình 5 người", "5", 5, "count", "người", optional=True, location=BB),
    F("khoảng 6 m3", "6", 6, "measure", "m3/tháng", approx="about",
      subject="lượng nước gia đình bà Hạnh phải mua mỗi tháng trước đây", location=BB),
    F("giá 80.000", "80.000", 80000, "money", "đồng/m3", subject="giá nước mua", location=BB),
    F("gần 500.000", "500.000", 500000, "money", "đồng/tháng", approx="nearly",
      subject="tiền mua nước mỗi tháng trước đây của gia đình bà Hạnh", location=BB),
    F("chừng 60.000", "60.000", 60000, "money", "đồng/tháng", approx="about",
      subject="tiền nước mỗi tháng của gia đình bà Hạnh", location=BB),
    F("có 2.950 hộ", "2.950", 2950, "count", "hộ", subject="hộ thiếu nước sinh hoạt"),
    F("chi 4,6 tỷ", "4,6", 4600000000, "money", "đồng",
      subject="kinh phí các địa phương chi chở nước, nạo vét và khoan giếng", period=YTD),
    F("chở 12.300 m3", "12.300", 12300, "measure", "m3", subject="nước chở cấp cho người dân", period=YTD),
    F("nạo vét 37 giếng", "37", 37, "count", "giếng đào", subject="giếng đào được nạo vét", period=YTD),
    F("khoan mới 21 giếng", "21", 21, "count", "giếng", subject="giếng khoan mới", period=YTD),
    F("dự kiến 45 tỷ", "45", 45000000000, "money", "đồng", status="forecast",
      subject="tổng mức đầu tư dự án cấp nước cho xã Phan Dũng", location=TP),
    F("công suất 1.200 m3", "1.200", 1200, "measure", "m3/ngày đêm", status="forecast",
      subject="công suất dự án cấp nước cho xã Phan Dũng", location=TP),
    F("khoảng 700 hộ", "700", 700, "count", "hộ", approx="about", status="forecast",
      subject="hộ được dự án cấp nước xã Phan Dũng phục vụ", location=TP),
]

NOTES = [
    "Party newspaper (Báo Bình Thuận): byline 'NGUYÊN HƯƠNG' and bare date '08/4/2024' at the end (published). Default location Bình Thuận.",
    "Phan Thanh commune passage (company, a household) -> location Bắc Bình (district in brackets), also in the following sentences and",
    "the next paragraph about Mrs Hạnh; Phan Dũng project -> Tuy Phong. The province paragraph ('toàn tỉnh') is Bình Thuận.",
    "'Từ tháng 2 đến nay' and 'Từ đầu năm đến nay' take the year and end of the published date (no earlier date in the text).",
    "'Hai giếng đầu tiên' (number word) is a count; 'từ ngày 15/3' dates the start of use only (no period for 146 hộ / 620 nhân khẩu).",
    "'52 tuổi' and 'gia đình 5 người' describe a person: optional. 'mùa khô năm nay' is not a calendar period: 2.950 hộ get none.",
    "'với tổng mức đầu tư dự kiến 45 tỷ đồng, công suất …, phục vụ khoảng 700 hộ' -> forecast (the cue's clause and its continuation).",
    "'mỗi tháng' makes the household's water volume and spending per-month units (m3/tháng, đồng/tháng).",
    "Distractors: 'lần thứ hai' (ordinal, number word), 'mùa khô năm trước', 'ngày 15/3', the bare date, the masthead.",
]

if __name__ == "__main__":
    write("p1128-5", TEXT, NOTES, FIGS, published="2024-04-08", location="Bình Thuận")
