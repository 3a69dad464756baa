from lib import *

TEXT = """Ngân hàng Nhà nước chi nhánh Quảng Bình: Dư nợ tín dụng 6 tháng đầu năm 2024 tăng 4,6%
Cập nhật: 16/07/2024 10:25
Lượt xem: 2.317

Sáng 15/7, Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh Quảng Bình tổ chức hội nghị sơ kết hoạt động ngân hàng 6 tháng đầu năm 2024. Trên địa bàn tỉnh hiện có 27 tổ chức tín dụng với 196 điểm giao dịch.

Theo báo cáo, tính đến ngày 30/6/2024, tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn ước đạt 52.340 tỷ đồng, tăng 5,8% so với cuối năm 2023; trong đó tiền gửi của dân cư đạt 39.120 tỷ đồng, chiếm 74,7% tổng nguồn vốn huy động. Tổng dư nợ cho vay ước đạt 78.960 tỷ đồng, tăng 4,6% so với cuối năm 2023. Trong đó, dư nợ ngắn hạn chiếm 46,2%, dư nợ trung và dài hạn chiếm 53,8%.

Đến cuối tháng 6, nợ xấu là 852 tỷ đồng, chiếm 1,08% tổng dư nợ. Dư nợ cho vay các lĩnh vực ưu tiên đạt 31.450 tỷ đồng, chiếm 39,8% tổng dư nợ; trong đó cho vay nông nghiệp, nông thôn 24.680 tỷ đồng, cho vay doanh nghiệp nhỏ và vừa 5.930 tỷ đồng, cho vay xuất khẩu 840 tỷ đồng.

Mặt bằng lãi suất tiếp tục giảm. Lãi suất huy động phổ biến ở mức 0,1-0,2%/năm đối với tiền gửi không kỳ hạn và kỳ hạn dưới 1 tháng; 4,5-5,5%/năm đối với kỳ hạn từ 6 tháng đến dưới 12 tháng. Lãi suất cho vay ngắn hạn bình quân khoảng 6,5-8,5%/năm, giảm 0,8 điểm phần trăm so với cuối năm 2023.

Thực hiện Chỉ thị số 01/CT-NHNN, NHNN chi nhánh tỉnh đề ra mục tiêu tăng trưởng tín dụng cả năm 2024 đạt 12-13%, kiểm soát tỷ lệ nợ xấu dưới 2%. Mọi phản ánh về hoạt động ngân hàng xin gửi về số 2 đường Quang Trung, TP Đồng Hới; đường dây nóng 0232.3822.418.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
D30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
D30i = P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
END6 = P("Đến cuối tháng 6", None, "2024-06-30")
END6i = P("Đến cuối tháng 6", None, "2024-06-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("2024 tăng 4,6%\n", "4,6", 4.6, "percent", "%", "Dư nợ tín dụng", period=H1),
    F("có 27 tổ chức tín dụng", "27", 27, "count", "tổ chức tín dụng", "tổ chức tín dụng trên địa bàn tỉnh"),
    F("với 196 điểm giao dịch", "196", 196, "count", "điểm giao dịch", "điểm giao dịch của các tổ chức tín dụng"),
    F("ước đạt 52.340 tỷ đồng", "52.340", ty(52340), "money", "đồng",
      "tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn",
      change=ch("+", 5.8, baseline="cuối năm 2023"), status="estimate", period=D30),
    F("đạt 39.120 tỷ đồng", "39.120", ty(39120), "money", "đồng", "tiền gửi của dân cư",
      total=ty(52340), percent=74.7, status="estimate", period=D30),
    F("ước đạt 78.960 tỷ đồng", "78.960", ty(78960), "money", "đồng", "tổng dư nợ cho vay",
      change=ch("+", 4.6, baseline="cuối năm 2023"), status="estimate", period=D30i),
    F("ngắn hạn chiếm 46,2%", "46,2", 46.2, "percent", "%", "dư nợ ngắn hạn", status="estimate", period=D30i),
    F("dài hạn chiếm 53,8%", "53,8", 53.8, "percent", "%", "dư nợ trung và dài hạn", status="estimate", period=D30i),
    F("nợ xấu là 852 tỷ đồng", "852", ty(852), "money", "đồng", "nợ xấu", percent=1.08, period=END6),
    F("đạt 31.450 tỷ đồng", "31.450", ty(31450), "money", "đồng", "Dư nợ cho vay các lĩnh vực ưu tiên",
      percent=39.8, period=END6i),
    F("nông thôn 24.680 tỷ đồng", "24.680", ty(24680), "money", "đồng", "cho vay nông nghiệp, nông thôn",
      total=ty(31450), period=END6i),
    F("và vừa 5.930 tỷ đồng", "5.930", ty(5930), "money", "đồng", "cho vay doanh nghiệp nhỏ và vừa",
      total=ty(31450), period=END6i),
    F("xuất khẩu 840 tỷ đồng", "840", ty(840), "money", "đồng", "cho vay xuất khẩu", total=ty(31450), period=END6i),
    F("mức 0,1-0,2%/năm", "0,1", 0.1, "percent", "%",
      "Lãi suất huy động tiền gửi không kỳ hạn và kỳ hạn dưới 1 tháng", value_max=0.2, period=END6i),
    F("dưới 1 tháng", "1", 1, "measure", "tháng", approx="under", optional=True),
    F("; 4,5-5,5%/năm", "4,5", 4.5, "percent", "%",
      "Lãi suất huy động kỳ hạn từ 6 tháng đến dưới 12 tháng", value_max=5.5, period=END6i),
    F("từ 6 tháng đến", "6", 6, "measure", "tháng", optional=True),
    F("dưới 12 tháng", "12", 12, "measure", "tháng", approx="under", optional=True),
    F("khoảng 6,5-8,5%/năm", "6,5", 6.5, "percent", "%", "Lãi suất cho vay ngắn hạn bình quân",
      value_max=8.5, approx="about", change=ch("-", 0.8, "điểm phần trăm", "cuối năm 2023"), period=END6i),
    F("đạt 12-13%", "12", 12, "percent", "%", "tăng trưởng tín dụng", value_max=13, status="target", period=Y24),
    F("xấu dưới 2%", "2", 2, "percent", "%", "tỷ lệ nợ xấu", approx="under", status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): NHNN chi nhánh sơ kết 6 tháng đầu năm 2024. Dateline 'Cập nhật: 16/07/2024 10:25'.",
    "Distractors: 'Lượt xem: 2.317', 'Sáng 15/7', 'Chỉ thị số 01/CT-NHNN', address 'số 2 đường Quang Trung', hotline 0232.3822.418.",
    "Headline growth rate is a percent figure (the claim). 'trong đó tiền gửi … chiếm 74,7%': part of the 52.340 tỷ whole with percent.",
    "Parts of the priority-sector whole (24.680 + 5.930 + 840 = 31.450) take total 31.450 tỷ. Shares of dư nợ with no base amount are percent figures.",
    "'ước đạt' makes the funds/loans sentences estimates; the 'Trong đó' shares continue the estimate (as h14). Interest rates: percent, unit '%'.",
    "Term lengths in deposit categories ('dưới 1 tháng', '6 tháng', '12 tháng') are optional. Targets for 'cả năm 2024': status target.",
]

write(1, TEXT, COMMENTS, FIGS, published="2024-07-16", location="Quảng Bình")
